def pairwise_diffs(nums):
    diffs = []
    for i in range(len(nums)):
        diffs.append(nums[i + 1] - nums[i])
    return diffs


data = [1, 4, 9, 16]
print('first', data[0], 'last', data[-1])
print(pairwise_diffs(data))
