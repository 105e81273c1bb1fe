def bubble_sort(items):
    items = items[:]
    n = len(items)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return items, swaps


def merge_sort(items):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    left = merge_sort(items[:mid])
    right = merge_sort(items[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


data = [38, 27, 43, 3, 9, 82, 10, 3]
print('bubble:', bubble_sort(data))
print('merge: ', merge_sort(data))
print('same as sorted:', merge_sort(data) == sorted(data))
print('original untouched:', data)
words = ['pear', 'Apple', 'fig', 'banana']
print(merge_sort(words))
print(sorted(words, key=str.lower))
print(bubble_sort([]), merge_sort([1]))
