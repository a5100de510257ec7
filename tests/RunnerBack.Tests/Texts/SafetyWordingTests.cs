using System;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace RunnerBack.Tests.Texts
{
    // The findings of a native-level review of the safety texts, each held by a check a person
    // wrote, not taken from the catalogue: a translation that blurs urgency, drops a symptom or
    // reads wrongly in its region is a path to under-triage even when the engine is right.
    public sealed class SafetyWordingTests
    {
        // "Emergency" rendered as "urgent" tells a runner with chest pain to be seen soon, not now.
        [Theory]
        [InlineData("es", "redFlag.chestPain.explanation", "emergencia")]
        [InlineData("es", "redFlag.suddenSevereUpperBackPain.explanation", "emergencia")]
        [InlineData("es", "redFlag.severeBreathingProblem.explanation", "emergencia")]
        [InlineData("fr", "redFlag.chestPain.explanation", "urgence vitale")]
        [InlineData("fr", "redFlag.suddenSevereUpperBackPain.explanation", "urgence vitale")]
        [InlineData("fr", "redFlag.severeBreathingProblem.explanation", "urgence vitale")]
        [InlineData("pt", "redFlag.chestPain.explanation", "emergência")]
        [InlineData("de", "redFlag.chestPain.explanation", "Notfall")]
        [Trait("Hazard", "H06")]
        public void EmergencyExplanationsSayEmergency(string language, string key, string word)
        {
            Assert.Contains(word, TextCatalogue.For(language)[key], StringComparison.Ordinal);
            Assert.DoesNotContain("urgente.", TextCatalogue.For(language)[key], StringComparison.Ordinal);
        }

        // Cord compression shows as being unable to pass urine as well as incontinence.
        [Theory]
        [InlineData("en", "bladder")]
        [InlineData("fr", "uriner")]
        [InlineData("de", "Wasserlassen")]
        [Trait("Hazard", "H06")]
        public void CordCompressionNamesRetentionToo(string language, string word) =>
            Assert.Contains(word, TextCatalogue.For(language)["redFlag.spinalCordCompression.explanation"], StringComparison.Ordinal);

        // "Taubheit" is deafness; numbness is "Taubheitsgefühl".
        [Fact]
        [Trait("Hazard", "H06")]
        public void GermanNumbnessIsNeverDeafness()
        {
            var german = TextCatalogue.For("de");
            var deafness = new Regex(@"\b[Tt]aub(heit(?!sgefühl)|e\b|en\b)");
            Assert.DoesNotContain(English.Keys, k => deafness.IsMatch(german[k]));
            Assert.Equal("Taubheitsgefühl", german["question.symptoms.option.numbness"]);
            Assert.Equal("Schmerzen, die das Atmen behindern, sollten ärztlich abgeklärt werden, um ein Problem mit Rippen, Herz oder Lunge auszuschließen.", german["redFlag.breathingAffected.explanation"]);
        }

        // French addresses the runner as "vous": "si ça empire" is the wrong register.
        [Fact]
        public void FrenchKeepsTheVousRegister()
        {
            var french = TextCatalogue.For("fr");
            Assert.DoesNotContain(English.Keys, k => french[k].Contains(" ça ", StringComparison.Ordinal) || french[k].Contains("Si ça", StringComparison.Ordinal));
            Assert.Equal("Accordez à l'articulation sacro-iliaque deux semaines sans course ; pendant ce temps, continuez les exercices doux.", french["recommendation.sacroiliacRest.instructions"]);
            Assert.Contains("évanouir", french["question.symptoms.option.dizziness"], StringComparison.Ordinal);
        }

        // Words that read wrongly in Brazil ("entretanto" means "however" there) never reach a
        // pt-BR runner through the European texts it inherits.
        [Fact]
        public void BrazilianPortugueseInheritsNoEuropeanForms()
        {
            var brazilian = TextCatalogue.For("pt-BR");
            var european = new Regex(@"\b(entretanto|bacia|numa|num|devia|alarme|controlo|boleia|sapatilhas?|cancro|infeção|telemóvel|conduza)\b");
            Assert.Empty(English.Keys.Where(k => european.IsMatch(brazilian[k])).Select(k => k + ": " + brazilian[k]));
            Assert.DoesNotContain("Consiga uma consulta", brazilian["recommendation.seekCareToday.instructions"], StringComparison.Ordinal);
            Assert.Contains("vá a um pronto-atendimento", brazilian["recommendation.seekCareToday.instructions"], StringComparison.Ordinal);
        }

        // The symptom checklist is asked at pain 0 too, so it must not assume back pain.
        [Theory]
        [InlineData("en", "with or without")]
        [InlineData("es", "con o sin")]
        [InlineData("fr", "avec ou sans")]
        [InlineData("de", "mit oder ohne")]
        [InlineData("pt", "com ou sem")]
        [InlineData("pt-BR", "com ou sem")]
        public void TheSymptomQuestionFitsARunnerWithoutPain(string language, string words) =>
            Assert.Contains(words, TextCatalogue.For(language)["question.symptoms.text"], StringComparison.Ordinal);

        // France's number for medical help is 15 (the SAMU), with 112.
        [Fact]
        public void FranceNamesFifteenFirst()
        {
            Assert.Equal(["15", "112"], EmergencyNumbers.For("FR"));
            var result = Triage.Assess(new PainAssessment(0, symptoms: [Symptom.ChestPain]), "fr", "FR");
            Assert.StartsWith("Appelez le 15 ou le 112 ", result.Recommendations.Single(r => r.Code == "callEmergencyServices").Instructions, StringComparison.Ordinal);
        }

        private static TextCatalogue English => TextCatalogue.English;
    }
}
