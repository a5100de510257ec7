using System;

namespace RunnerBack.Json
{
    // Maps the domain to the wire shapes and back.
    internal static class WireMapping
    {
        public static ResultDto ToDto(TriageResult result)
        {
            var redFlags = new RedFlagDto[result.RedFlags.Count];
            for (var i = 0; i < redFlags.Length; i++)
            {
                var flag = result.RedFlags[i];
                redFlags[i] = new RedFlagDto { Code = flag.Code, MinimumDisposition = ContractNames<Disposition>.Of(flag.MinimumDisposition), Explanation = flag.Explanation };
            }

            var findings = new FindingDto[result.Findings.Count];
            for (var i = 0; i < findings.Length; i++)
            {
                var finding = result.Findings[i];
                findings[i] = new FindingDto
                {
                    Code = finding.Code,
                    Kind = ContractNames<FindingKind>.Of(finding.Kind),
                    MinimumDisposition = ContractNames<Disposition>.Of(finding.MinimumDisposition),
                    Explanation = finding.Explanation,
                };
            }

            var contributors = new ContributorDto[result.Contributors.Count];
            for (var i = 0; i < contributors.Length; i++)
            {
                contributors[i] = new ContributorDto { Code = result.Contributors[i].Code, Explanation = result.Contributors[i].Explanation };
            }

            var recommendations = new RecommendationDto[result.Recommendations.Count];
            for (var i = 0; i < recommendations.Length; i++)
            {
                var recommendation = result.Recommendations[i];
                recommendations[i] = new RecommendationDto
                {
                    Code = recommendation.Code,
                    Category = ContractNames<RecommendationCategory>.Of(recommendation.Category),
                    Title = recommendation.Title,
                    Instructions = recommendation.Instructions,
                    Dose = ToDto(recommendation.Dose),
                };
            }

            var trace = new TraceDto[result.Trace.Count];
            for (var i = 0; i < trace.Length; i++)
            {
                var entry = result.Trace[i];
                trace[i] = new TraceDto { RuleId = entry.RuleId, Outcome = ContractNames<RuleOutcome>.Of(entry.Outcome), Detail = entry.Detail };
            }

            return new ResultDto
            {
                Disposition = ContractNames<Disposition>.Of(result.Disposition),
                Headline = result.Headline,
                RedFlags = redFlags,
                Findings = findings,
                Contributors = contributors,
                Recommendations = recommendations,
                Trace = trace,
                Complete = result.IsComplete,
                RuleSetVersion = result.RuleSetVersion,
                Disclaimer = result.Disclaimer,
            };
        }

        public static TriageResult FromDto(ResultDto dto)
        {
            var findings = new Finding[dto.Findings.Length];
            for (var i = 0; i < findings.Length; i++)
            {
                var f = dto.Findings[i];
                findings[i] = new Finding(f.Code, Parse<FindingKind>(f.Kind), Parse<Disposition>(f.MinimumDisposition), f.Explanation);
            }

            var redFlags = new RedFlag[dto.RedFlags.Length];
            var next = 0;
            foreach (var finding in findings)
            {
                if (finding.RedFlag is { } flag)
                {
                    if (next >= redFlags.Length || dto.RedFlags[next].Code != flag.Code)
                    {
                        throw new FormatException("redFlags must list exactly the findings of kind redFlag, in the same order.");
                    }

                    redFlags[next++] = flag;
                }
            }

            if (next != redFlags.Length)
            {
                throw new FormatException("redFlags must list exactly the findings of kind redFlag, in the same order.");
            }

            var contributors = Array.ConvertAll(dto.Contributors, c => new Contributor(c.Code, c.Explanation));
            var recommendations = Array.ConvertAll(dto.Recommendations, r => new Recommendation(
                r.Code, Parse<RecommendationCategory>(r.Category), r.Title, r.Instructions, FromDto(r.Dose)));
            var trace = Array.ConvertAll(dto.Trace, t => new TraceEntry(t.RuleId, Parse<RuleOutcome>(t.Outcome), t.Detail));
            return new TriageResult(
                Parse<Disposition>(dto.Disposition),
                Guard.NotBlank(dto.Headline, "headline"),
                new ValueList<RedFlag>(redFlags),
                new ValueList<Finding>(findings),
                new ValueList<Contributor>(contributors),
                new ValueList<Recommendation>(recommendations),
                new RuleTrace(trace),
                dto.Complete,
                Guard.NotBlank(dto.RuleSetVersion, "ruleSetVersion"));
        }

        public static AssessmentDto ToDto(PainAssessment assessment) => new AssessmentDto
        {
            PainLevel = assessment.PainLevel,
            Quality = assessment.Quality is { } quality ? ContractNames<PainQuality>.Of(quality) : null,
            Location = assessment.Location is { } location ? ContractNames<PainLocation>.Of(location) : null,
            RadiatesTo = Names(assessment.RadiatesTo),
            Trend = ContractNames<PainTrend>.Of(assessment.Trend),
            Onset = ContractNames<PainOnset>.Of(assessment.Onset),
            Timing = ContractNames<PainTiming>.Of(assessment.Timing),
            PersistsAfterStopping = assessment.PersistsAfterStopping,
            AltersRunningForm = assessment.AltersRunningForm,
            DurationDays = assessment.DurationDays,
            SelfCareTried = assessment.SelfCareTried,
            RecentTrauma = assessment.RecentTrauma,
            Symptoms = Names(assessment.Symptoms),
            Runner = assessment.Runner is { } runner ? ToDto(runner) : null,
            Form = Names(assessment.Form),
        };

        private static RunnerDto ToDto(RunnerProfile runner) => new RunnerDto
        {
            Age = runner.Age,
            Experience = runner.Experience is { } experience ? ContractNames<RunnerExperience>.Of(experience) : null,
            SittingHoursPerDay = runner.SittingHoursPerDay,
            RestDaysPerWeek = runner.RestDaysPerWeek,
            CarriedLoad = runner.CarriedLoad is { } load ? ContractNames<CarriedLoad>.Of(load) : null,
            LoadFitsWell = runner.LoadFitsWell,
            ShoeDistanceKm = runner.ShoeDistanceKm,
            ShoesFitWell = runner.ShoesFitWell,
            StrengthTrainingPerWeek = runner.StrengthTrainingPerWeek,
            WarmsUp = runner.WarmsUp,
            StressLevel = runner.StressLevel is { } stress ? ContractNames<StressLevel>.Of(stress) : null,
            Hydration = runner.Hydration is { } hydration ? ContractNames<Hydration>.Of(hydration) : null,
            History = Names(runner.History),
        };

        private static DoseDto ToDto(Dose dose) => new DoseDto
        {
            HoldSecondsMin = dose.HoldSecondsMin,
            HoldSecondsMax = dose.HoldSecondsMax,
            Repetitions = dose.Repetitions,
            PerSide = dose.PerSide,
            PauseSecondsMin = dose.PauseSecondsMin,
            PauseSecondsMax = dose.PauseSecondsMax,
            DurationSecondsMin = dose.DurationSecondsMin,
            DurationSecondsMax = dose.DurationSecondsMax,
            IntervalMinutesMin = dose.IntervalMinutesMin,
            IntervalMinutesMax = dose.IntervalMinutesMax,
            SessionsPerWeek = dose.SessionsPerWeek,
            DurationDays = dose.DurationDays,
            Frequency = dose.Frequency,
        };

        private static Dose FromDto(DoseDto dose) => new Dose(
            dose.Frequency, dose.HoldSecondsMin, dose.HoldSecondsMax, dose.Repetitions, dose.PerSide, dose.PauseSecondsMin,
            dose.PauseSecondsMax, dose.DurationSecondsMin, dose.DurationSecondsMax, dose.IntervalMinutesMin, dose.IntervalMinutesMax,
            dose.SessionsPerWeek, dose.DurationDays);

        private static string[] Names<T>(EnumSet<T> set)
            where T : unmanaged, Enum
        {
            var names = new string[set.Count];
            var i = 0;
            foreach (var value in set)
            {
                names[i++] = ContractNames<T>.Of(value);
            }

            return names;
        }

        private static T Parse<T>(string name)
            where T : unmanaged, Enum =>
            ContractNames<T>.TryParse(name ?? string.Empty, out var value) ? value : throw new FormatException($"'{name}' is not a {typeof(T).Name}.");
    }
}
