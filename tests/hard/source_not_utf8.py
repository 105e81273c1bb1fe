print(1)
x = "éÿ"
