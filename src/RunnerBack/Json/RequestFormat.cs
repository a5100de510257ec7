namespace RunnerBack.Json
{
    // The request format, declared once: every field of the assessment and the runner objects, in
    // the contract's order, with its JSON name, kind, range and when it is required. These
    // declarations drive reading (every error at its path), writing an assessment back, and the
    // range checks of the model's constructors. Adding a field is one line here plus the model's
    // property, which takes the field's value from FieldValues.
    internal static class RequestFormat
    {
        // A request nests at most root -> runner -> history: its containers start at depth 0, 1 or 2.
        public const int MaxContainerDepth = 2;

        public static readonly IntegerField<PainAssessment> PainLevel =
            new IntegerField<PainAssessment>(Inputs.PainLevel, a => a.PainLevel, new Required("painLevel is required (a whole number from 0 to 10)."));

        public static readonly EnumField<PainAssessment, PainQuality> Quality = new EnumField<PainAssessment, PainQuality>(Inputs.Quality, a => a.Quality, InPain("quality"));

        public static readonly EnumField<PainAssessment, PainLocation> Location = new EnumField<PainAssessment, PainLocation>(Inputs.Location, a => a.Location, InPain("location"));

        public static readonly EnumListField<PainAssessment, RadiationTarget> RadiatesTo = new EnumListField<PainAssessment, RadiationTarget>(Inputs.RadiatesTo, a => a.RadiatesToAnswer, InPain("radiatesTo"));

        public static readonly EnumField<PainAssessment, PainTrend> Trend = new EnumField<PainAssessment, PainTrend>(Inputs.Trend, a => a.Trend, InPain("trend"));

        public static readonly EnumField<PainAssessment, PainOnset> Onset = new EnumField<PainAssessment, PainOnset>(Inputs.Onset, a => a.Onset, InPain("onset"));

        public static readonly EnumField<PainAssessment, PainTiming> Timing = new EnumField<PainAssessment, PainTiming>(Inputs.Timing, a => a.Timing, InPain("timing"));

        public static readonly YesNoField<PainAssessment> PersistsAfterStopping = new YesNoField<PainAssessment>(Inputs.PersistsAfterStopping, a => a.PersistsAfterStopping, InPain("persistsAfterStopping"));

        public static readonly YesNoField<PainAssessment> AltersRunningForm = new YesNoField<PainAssessment>(Inputs.AltersRunningForm, a => a.AltersRunningForm, InPain("altersRunningForm"));

        public static readonly IntegerField<PainAssessment> DurationDays = new IntegerField<PainAssessment>(Inputs.DurationDays, a => a.DurationDays, InPain("durationDays"));

        public static readonly YesNoField<PainAssessment> SelfCareTried = new YesNoField<PainAssessment>(Inputs.SelfCareTried, a => a.SelfCareTried, InPain("selfCareTried"));

        public static readonly YesNoField<PainAssessment> RecentTrauma = new YesNoField<PainAssessment>(Inputs.RecentTrauma, a => a.RecentTrauma, InPain("recentTrauma"));

        public static readonly EnumListField<PainAssessment, Symptom> Symptoms = new EnumListField<PainAssessment, Symptom>(Inputs.Symptoms, a => a.SymptomsAnswer, Always("symptoms"));

        public static readonly ObjectField<PainAssessment, RunnerProfile> Runner = new ObjectField<PainAssessment, RunnerProfile>(Inputs.Runner.Name, () => RunnerObject!, a => a.Runner, InPain("runner"));

        // Not clinical: an app's id for the request, echoed in the result so batch lines can be matched.
        public static readonly TextField<PainAssessment> RequestId = new TextField<PainAssessment>(Inputs.RequestId, a => a.RequestId);

        // Not clinical: the language of the result's texts and the region whose emergency number it names.
        public static readonly TextField<PainAssessment> Language = new TextField<PainAssessment>(Inputs.Language, a => a.Language);

        public static readonly TextField<PainAssessment> Region = new TextField<PainAssessment>(Inputs.Region, a => a.Region);

        public static readonly EnumListField<PainAssessment, FormFault> Form = new EnumListField<PainAssessment, FormFault>(Inputs.Form, a => a.Form);

        public static readonly IntegerField<RunnerProfile> Age = new IntegerField<RunnerProfile>(Inputs.Age, r => r.Age);

        public static readonly EnumField<RunnerProfile, RunnerExperience> Experience = new EnumField<RunnerProfile, RunnerExperience>(Inputs.Experience, r => r.Experience);

        public static readonly NumberField<RunnerProfile> SittingHoursPerDay = new NumberField<RunnerProfile>(Inputs.SittingHoursPerDay, r => r.SittingHoursPerDay);

        public static readonly IntegerField<RunnerProfile> RestDaysPerWeek = new IntegerField<RunnerProfile>(Inputs.RestDaysPerWeek, r => r.RestDaysPerWeek);

        public static readonly EnumField<RunnerProfile, CarriedLoad> CarriedLoad = new EnumField<RunnerProfile, CarriedLoad>(Inputs.CarriedLoad, r => r.CarriedLoad);

        public static readonly BooleanField<RunnerProfile> LoadFitsWell = new BooleanField<RunnerProfile>(Inputs.LoadFitsWell, r => r.LoadFitsWell);

        public static readonly NumberField<RunnerProfile> ShoeDistanceKm = new NumberField<RunnerProfile>(Inputs.ShoeDistanceKm, r => r.ShoeDistanceKm);

        // The same answer in miles, read, converted to kilometres, and never written back.
        public static readonly NumberField<RunnerProfile> ShoeDistanceMiles = new NumberField<RunnerProfile>(Inputs.ShoeDistanceMiles, r => null, ShoeDistanceKm);

        public static readonly BooleanField<RunnerProfile> ShoesFitWell = new BooleanField<RunnerProfile>(Inputs.ShoesFitWell, r => r.ShoesFitWell);

        public static readonly IntegerField<RunnerProfile> StrengthTrainingPerWeek = new IntegerField<RunnerProfile>(Inputs.StrengthTrainingPerWeek, r => r.StrengthTrainingPerWeek);

        public static readonly BooleanField<RunnerProfile> WarmsUp = new BooleanField<RunnerProfile>(Inputs.WarmsUp, r => r.WarmsUp);

        public static readonly EnumField<RunnerProfile, StressLevel> StressLevel = new EnumField<RunnerProfile, StressLevel>(Inputs.StressLevel, r => r.StressLevel);

        public static readonly EnumField<RunnerProfile, Hydration> Hydration = new EnumField<RunnerProfile, Hydration>(Inputs.Hydration, r => r.Hydration);

        public static readonly EnumListField<RunnerProfile, MedicalHistory> History = new EnumListField<RunnerProfile, MedicalHistory>(Inputs.History, r => r.History, InPainAround("history"));

        public static readonly WireObject<PainAssessment> AssessmentObject = new WireObject<PainAssessment>(
            values => DraftOf(values, Draft) is var draft && draft.HasRunner ? new PainAssessment(draft, new RunnerProfile(draft.Runner)) : new PainAssessment(draft, null),
            ignoreUnknown: false,
            PainLevel, Quality, Location, RadiatesTo, Trend, Onset, Timing, PersistsAfterStopping, AltersRunningForm, DurationDays, SelfCareTried,
            RecentTrauma, Symptoms, Runner, Language, Region, RequestId, Form);

        public static readonly WireObject<RunnerProfile> RunnerObject = new WireObject<RunnerProfile>(
            values => new RunnerProfile(DraftOf(values, new RunnerDraft())),
            ignoreUnknown: false,
            Age, Experience, SittingHoursPerDay, RestDaysPerWeek, CarriedLoad, LoadFitsWell, ShoeDistanceKm, ShoeDistanceMiles, ShoesFitWell, StrengthTrainingPerWeek,
            WarmsUp, StressLevel, Hydration, History);

        // The field that carries each question's answer, in the catalogue's order.
        public static WireField[] QuestionFields => LazyQuestionFields.Value;

        private static readonly System.Lazy<WireField[]> LazyQuestionFields = new System.Lazy<WireField[]>(() => System.Array.ConvertAll(
            QuestionCatalogue.Ordered, q => q.InRunner ? RunnerObject.Field(q.Id) : AssessmentObject.Field(q.Id)));

        // This thread's draft: a reader fills it and makes the model from it at once, so one per
        // thread does for every request.
        public static AssessmentDraft Draft => t_draft ??= new AssessmentDraft();

        [System.ThreadStatic]
        private static AssessmentDraft? t_draft;

        // The values the reader checked, as the model's draft. The interview reads its answers from
        // the same draft, so a field is mapped here once.
        public static AssessmentDraft DraftOf(FieldValues values, AssessmentDraft draft)
        {
            draft.Clear();
            draft.PainLevel = PainLevel.ValueIn(values);
            draft.Quality = Quality.ValueIn(values);
            draft.Location = Location.ValueIn(values);
            draft.RadiatesTo = RadiatesTo.ValueIn(values);
            draft.Trend = Trend.ValueIn(values);
            draft.Onset = Onset.ValueIn(values);
            draft.Timing = Timing.ValueIn(values);
            draft.PersistsAfterStopping = PersistsAfterStopping.ValueIn(values);
            draft.AltersRunningForm = AltersRunningForm.ValueIn(values);
            draft.DurationDays = DurationDays.ValueIn(values);
            draft.SelfCareTried = SelfCareTried.ValueIn(values);
            draft.RecentTrauma = RecentTrauma.ValueIn(values);
            draft.Symptoms = Symptoms.ValueIn(values);
            draft.Form = Form.ValueIn(values);
            draft.RequestId = RequestId.ValueIn(values);
            draft.Language = Language.ValueIn(values);
            draft.Region = Region.ValueIn(values);
            draft.HasRunner = values.Object(Runner) is FieldValues;
            if (values.Object(Runner) is FieldValues runner)
            {
                DraftOf(runner, draft.Runner);
            }

            return draft;
        }

        public static RunnerDraft DraftOf(FieldValues values, RunnerDraft draft)
        {
            draft.Age = Age.ValueIn(values);
            draft.Experience = Experience.ValueIn(values);
            draft.SittingHoursPerDay = SittingHoursPerDay.ValueIn(values);
            draft.RestDaysPerWeek = RestDaysPerWeek.ValueIn(values);
            draft.CarriedLoad = CarriedLoad.ValueIn(values);
            draft.LoadFitsWell = LoadFitsWell.ValueIn(values);
            draft.ShoeDistanceKm = ShoeDistanceKm.ValueIn(values);
            draft.ShoeDistanceMiles = ShoeDistanceMiles.ValueIn(values);
            draft.ShoesFitWell = ShoesFitWell.ValueIn(values);
            draft.StrengthTrainingPerWeek = StrengthTrainingPerWeek.ValueIn(values);
            draft.WarmsUp = WarmsUp.ValueIn(values);
            draft.StressLevel = StressLevel.ValueIn(values);
            draft.Hydration = Hydration.ValueIn(values);
            draft.History = History.ValueIn(values);
            return draft;
        }

        // TRIAGE.md 8.1: with any pain, a safety question must be answered; no default stands in for
        // it. The message names the question to ask, in the question catalogue's words.
        private static Required InPain(string name) => new Required(SafetyQuestionMessage(name), (values, _) => PainLevel.ValueIn(values) > 0);

        // TRIAGE.md 8.1: symptoms is a safety question at every pain level, 0 included.
        private static Required Always(string name) => new Required(DeveloperMessages.SymptomsQuestionMissing(TextCatalogue.English[QuestionKeys.Text(name)]));

        // The same for a field of the runner object, which the assessment's painLevel decides.
        private static Required InPainAround(string name) => new Required(SafetyQuestionMessage(name), (_, outer) => outer is not null && PainLevel.ValueIn(outer) > 0);

        private static string SafetyQuestionMessage(string name) =>
            DeveloperMessages.SafetyQuestionMissing(name == "runner" ? "runner.history" : name, TextCatalogue.English[QuestionKeys.Text(name == "runner" ? "history" : name)]);
    }
}
