# Startup: interpreter start-up and shutdown cost on a near-empty program.
print(1)
