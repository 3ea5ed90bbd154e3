import cleaners
def test_probe():
    print(cleaners.__file__)
    from cleaners import extract_document
