package eval

import "github.com/briefbot/briefbot/bot"

// AnswerCounts score a backend's answers to a case's gold questions.
type AnswerCounts struct {
	// Answerable is the number of questions the article answers, and
	// Right how many of them got an answer that cites a sentence holding
	// the gold evidence (and did not say the article is silent).
	Answerable int `json:"answerable"`
	Right      int `json:"right"`
	// Unanswerable is the number of questions the article does not
	// answer, and Declined how many of them the answer said so.
	Unanswerable int `json:"unanswerable"`
	Declined     int `json:"declined"`
	// Wrong lists the questions answered wrongly.
	Wrong []string `json:"wrong,omitempty"`
}

func (a *AnswerCounts) add(b *AnswerCounts) {
	if b == nil {
		return
	}
	a.Answerable += b.Answerable
	a.Right += b.Right
	a.Unanswerable += b.Unanswerable
	a.Declined += b.Declined
}

// Accuracy is the share of answerable questions answered right (0 with
// none).
func (a AnswerCounts) Accuracy() float64 { return ratio(a.Right, a.Answerable, 0) }

// DeclineRate is the share of unanswerable questions declined (0 with
// none).
func (a AnswerCounts) DeclineRate() float64 { return ratio(a.Declined, a.Unanswerable, 0) }

// ScoreAnswers scores answers[i], the reply to c.Gold.Questions[i] (a nil
// answer is a failed one). An answer to an answerable question is right
// when it does not say the article is silent and one of its quotes is on
// the sentence of the gold evidence (see sameSentence); an answer to an
// unanswerable question is right when it says the article does not say.
func ScoreAnswers(c Case, answers []*bot.Answer) *AnswerCounts {
	loc := newLocator(c.ArticleText)
	out := &AnswerCounts{}
	for i, q := range c.Gold.Questions {
		var a *bot.Answer
		if i < len(answers) {
			a = answers[i]
		}
		if q.Unanswerable {
			out.Unanswerable++
			if a != nil && a.NotInArticle {
				out.Declined++
			} else {
				out.Wrong = append(out.Wrong, q.Question)
			}
			continue
		}
		out.Answerable++
		right := false
		if a != nil && !a.NotInArticle {
			gold := loc.evidence(q.Evidence)
			for _, qt := range a.Quotes {
				right = right || sameSentence(loc.evidence(qt.Text), gold)
			}
		}
		if right {
			out.Right++
		} else {
			out.Wrong = append(out.Wrong, q.Question)
		}
	}
	return out
}
