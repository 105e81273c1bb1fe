nums = [3, 1, 2]
nums.sort(key=lambda n: n.bit_length())
print(nums)
print(sorted(nums, key=lambda n: 1 / (n - 2)))
