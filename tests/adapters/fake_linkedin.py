linkedin_harness = None
