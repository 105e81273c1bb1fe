print("bom skipped")
# coding: x
