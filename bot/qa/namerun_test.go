package qa

import "testing"

// TestNameRun: a capitalised word in a run with the question's name
// ("High School" in "Larkspur High School") is part of that name, no
// other person or place that answers "who" or "where".
func TestNameRun(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "school of the place is no place", code: "en",
			text: "Fire drill\n\nA fire alarm emptied Larkspur High School on Tuesday morning, and classes resumed after an hour.\n\n" +
				"The head teacher of Larkspur High School wrote to the families of the pupils on Wednesday.\n\n" +
				"The fire service found a faulty sensor in the kitchen of the school.\n",
			q: "Where is Larkspur?",
		},
		{
			name: "a name set off by a comma is new", code: "en",
			text: "Fire drill\n\nA fire alarm emptied Larkspur High School on Tuesday morning, and classes resumed after an hour.\n\n" +
				"The school stands in Larkspur, Tarvel County, near the river.\n\n" +
				"The fire service found a faulty sensor in the kitchen of the school.\n",
			q: "Where is Larkspur?", quote: "Tarvel County",
		},
	})
}
