# A file with CR-only line endings runs line by line.x = 1# a commentprint(x + 1)
print("crlf too")
