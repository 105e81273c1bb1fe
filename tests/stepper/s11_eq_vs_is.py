# Notes, section 11: == compares values, is compares identity.
m = [1, 2, 3]
n = m
print(m == n, m is n)
m = [1, 2, 3]
n = [1, 2, 3]
print(m == n, m is n)
