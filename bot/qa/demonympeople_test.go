package qa

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestDemonymPeople: a people named by its demonym right before the verb
// that asks ("Comment les Français jugent-ils…?") is who is asked about,
// as a common noun is, not a party whose statements answer; the name
// after the verb does not speak either.
func TestDemonymPeople(t *testing.T) {
	runStatementCases(t, []statementCase{
		{
			name: "les Français jugent", code: "fr",
			text: "Sondage sur le gouvernement\n\nLe Premier ministre Paul Girard a présenté mardi son plan pour les hôpitaux devant l'Assemblée nationale.\n\n" +
				"« Nous allons ouvrir dix mille lits en deux ans », a déclaré Paul Girard.\n\n" +
				"Selon un sondage publié jeudi, son action face à la crise des hôpitaux est bien perçue par une majorité de Français.\n\n" +
				"Les syndicats de soignants appellent à une grève le 12 mars.\n",
			parties: []bot.Party{claimOf("Paul Girard", "« Nous allons ouvrir dix mille lits en deux ans », a déclaré Paul Girard.")},
			q:       "Comment les Français jugent-ils l'action de Paul Girard face à la crise ?", quote: "bien perçue",
		},
	})
}
