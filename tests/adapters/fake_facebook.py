facebook_harness = None
