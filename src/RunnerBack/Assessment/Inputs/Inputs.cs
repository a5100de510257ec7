namespace RunnerBack
{
    // Every input of an assessment and a runner profile, declared once, in the contract's order:
    // its name and the values it allows. The model checks values against these; the JSON request
    // format and the question catalogue are built on them.
    internal static class Inputs
    {
        public static readonly WholeNumberInput PainLevel = new WholeNumberInput("painLevel", 0, 10);
        public static readonly ChoiceInput<PainQuality> Quality = new ChoiceInput<PainQuality>("quality");
        public static readonly ChoiceInput<PainLocation> Location = new ChoiceInput<PainLocation>("location");
        public static readonly ChoiceSetInput<RadiationTarget> RadiatesTo = new ChoiceSetInput<RadiationTarget>("radiatesTo");
        public static readonly ChoiceInput<PainTrend> Trend = new ChoiceInput<PainTrend>("trend");
        public static readonly ChoiceInput<PainOnset> Onset = new ChoiceInput<PainOnset>("onset");
        public static readonly ChoiceInput<PainTiming> Timing = new ChoiceInput<PainTiming>("timing");
        public static readonly YesNoInput PersistsAfterStopping = new YesNoInput("persistsAfterStopping");
        public static readonly YesNoInput AltersRunningForm = new YesNoInput("altersRunningForm");
        public static readonly WholeNumberInput DurationDays = new WholeNumberInput("durationDays", 0, 3650);
        public static readonly YesNoInput SelfCareTried = new YesNoInput("selfCareTried");
        public static readonly YesNoInput RecentTrauma = new YesNoInput("recentTrauma");
        public static readonly ChoiceSetInput<Symptom> Symptoms = new ChoiceSetInput<Symptom>("symptoms");
        public static readonly ObjectInput Runner = new ObjectInput("runner");

        // Not clinical: an app's id for the request, echoed in the result so batch lines can be matched.
        public static readonly TextInput RequestId = new TextInput("requestId", maxLength: 100);

        // Not clinical: the language of the result's texts and the region whose emergency number it names.
        public static readonly TextInput Language = new TextInput("language", accepts: Languages.IsWellFormed, refusal: value => DeveloperMessages.BadLanguageTag("language", value));
        public static readonly TextInput Region = new TextInput("region", accepts: EmergencyNumbers.IsWellFormed, refusal: value => DeveloperMessages.BadRegion("region", value));

        public static readonly ChoiceSetInput<FormFault> Form = new ChoiceSetInput<FormFault>("form");

        public static readonly WholeNumberInput Age = new WholeNumberInput("age", 5, 120);
        public static readonly ChoiceInput<RunnerExperience> Experience = new ChoiceInput<RunnerExperience>("experience");
        public static readonly NumberInput SittingHoursPerDay = new NumberInput("sittingHoursPerDay", 0, 24);
        public static readonly WholeNumberInput RestDaysPerWeek = new WholeNumberInput("restDaysPerWeek", 0, 7);
        public static readonly ChoiceInput<CarriedLoad> CarriedLoad = new ChoiceInput<CarriedLoad>("carriedLoad");
        public static readonly FlagInput LoadFitsWell = new FlagInput("loadFitsWell");
        public static readonly NumberInput ShoeDistanceKm = new NumberInput("shoeDistanceKm", 0, 10000);

        // The same answer in miles, for runners who count in them; the model keeps kilometres
        // (6,213 miles is just under 10,000 km).
        public static readonly NumberInput ShoeDistanceMiles = new NumberInput("shoeDistanceMiles", 0, 6213);

        public const double KilometresPerMile = 1.609344;

        public static readonly FlagInput ShoesFitWell = new FlagInput("shoesFitWell");
        public static readonly WholeNumberInput StrengthTrainingPerWeek = new WholeNumberInput("strengthTrainingPerWeek", 0, 14);
        public static readonly FlagInput WarmsUp = new FlagInput("warmsUp");
        public static readonly ChoiceInput<StressLevel> StressLevel = new ChoiceInput<StressLevel>("stressLevel");
        public static readonly ChoiceInput<Hydration> Hydration = new ChoiceInput<Hydration>("hydration");
        public static readonly ChoiceSetInput<MedicalHistory> History = new ChoiceSetInput<MedicalHistory>("history");
    }
}
