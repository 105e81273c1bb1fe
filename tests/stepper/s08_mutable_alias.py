# Notes, section 8: two names, one list; rebinding one leaves the list alive.
myListOne = [1, 2, 3]
myListTwo = myListOne
myListOne = 'hello'
print(myListTwo)
