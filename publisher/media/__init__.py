"""Where images are put at a public URL for platforms that fetch them (Instagram)."""
