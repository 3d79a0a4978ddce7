"""Phone numbers as people type them are stored as their digits; anything else is refused
with a Vietnamese message naming what is expected."""
import pytest

from thidua.common.text import phone_vn


@pytest.mark.parametrize("typed, stored", [
    ("", ""), (None, ""),
    ("0912345678", "0912345678"), ("0912.345.678", "0912345678"), ("0912 345 678", "0912345678"),
    ("+84 912 345 678", "0912345678"), ("84912345678", "0912345678"), ("(0220) 3712 345", "02203712345"),
    (912345678, "0912345678"),  # an Excel number cell lost the leading zero
])
def test_accepted_forms(typed, stored):
    assert phone_vn(typed) == stored


@pytest.mark.parametrize("typed", ["gọi sau", "12345", "09123456789", "0912-345-67a", "1912345678", "03123456789"])
def test_refused_with_a_vietnamese_message(typed):
    with pytest.raises(ValueError, match="Số điện thoại .* không hợp lệ: cần 10 chữ số di động"):
        phone_vn(typed)
