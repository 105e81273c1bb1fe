print('before')
data = b'ok'
other = b'naïve'
print(data, other)
