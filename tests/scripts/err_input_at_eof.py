print("before")
name = input("name? ")
print("never")
