package qa

import "testing"

// TestFaceIsLight: "face" is a light verb: "What charges does Reed
// face?" is answered by the charges, which the article gives with a
// verb of its own ("was charged with…").
func TestFaceIsLight(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "face is light", code: "en",
			text: "Harbour master arrested\n\nHarwick harbour master Tom Reed was arrested at his home on Tuesday morning, police said.\n\n" +
				"Reed was charged with fraud and with taking bribes from two shipping firms, on charges laid by the county prosecutor.\n\n" +
				"His lawyer said Reed would plead not guilty at a hearing next month.\n",
			q: "What charges does Reed face?", quote: "charged with fraud",
		},
	})
}
