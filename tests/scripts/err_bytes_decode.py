def load(blob):
    return blob.decode('ascii')

def main():
    good = load(b'fine')
    print(good)
    return load(b'bad \xe9 byte')

main()
