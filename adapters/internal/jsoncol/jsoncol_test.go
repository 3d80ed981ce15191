package jsoncol

import "testing"

type item struct{ Name string }

func TestRoundTripAndNull(t *testing.T) {
	data, err := Marshal(&item{Name: "a"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := Unmarshal[item](data)
	if err != nil || got == nil || got.Name != "a" {
		t.Fatalf("round trip = %+v, %v", got, err)
	}
	if data, err := Marshal[item](nil); data != nil || err != nil {
		t.Errorf("Marshal(nil) = %q, %v; want NULL", data, err)
	}
	if got, err := Unmarshal[item](nil); got != nil || err != nil {
		t.Errorf("Unmarshal(NULL) = %+v, %v; want nil", got, err)
	}
	if _, err := Unmarshal[item]([]byte("{")); err == nil {
		t.Error("Unmarshal of broken JSON succeeded")
	}
}
