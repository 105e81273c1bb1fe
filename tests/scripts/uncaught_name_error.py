def compute():
    total = 10
    return missing_value


print('before')
compute()
print('never printed')
