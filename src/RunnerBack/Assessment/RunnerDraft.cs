namespace RunnerBack
{
    // A runner profile's values being put together, each already checked (see AssessmentDraft).
    // A distance may come in miles; the profile keeps kilometres.
    internal sealed class RunnerDraft
    {
        public int? Age;
        public RunnerExperience? Experience;
        public double? SittingHoursPerDay;
        public int? RestDaysPerWeek;
        public CarriedLoad? CarriedLoad;
        public bool? LoadFitsWell;
        public double? ShoeDistanceKm;
        public double? ShoeDistanceMiles;
        public bool? ShoesFitWell;
        public int? StrengthTrainingPerWeek;
        public bool? WarmsUp;
        public StressLevel? StressLevel;
        public Hydration? Hydration;
        public EnumSet<MedicalHistory>? History;

        public double? ShoeDistanceInKm => ShoeDistanceKm ?? ShoeDistanceMiles * Inputs.KilometresPerMile;

        public void CopyFrom(RunnerProfile runner)
        {
            Clear();
            Age = runner.Age;
            Experience = runner.Experience;
            SittingHoursPerDay = runner.SittingHoursPerDay;
            RestDaysPerWeek = runner.RestDaysPerWeek;
            CarriedLoad = runner.CarriedLoad;
            LoadFitsWell = runner.LoadFitsWell;
            ShoeDistanceKm = runner.ShoeDistanceKm;
            ShoesFitWell = runner.ShoesFitWell;
            StrengthTrainingPerWeek = runner.StrengthTrainingPerWeek;
            WarmsUp = runner.WarmsUp;
            StressLevel = runner.StressLevel;
            Hydration = runner.Hydration;
            History = runner.History;
        }

        public void CopyTo(RunnerDraft other)
        {
            other.Age = Age;
            other.Experience = Experience;
            other.SittingHoursPerDay = SittingHoursPerDay;
            other.RestDaysPerWeek = RestDaysPerWeek;
            other.CarriedLoad = CarriedLoad;
            other.LoadFitsWell = LoadFitsWell;
            other.ShoeDistanceKm = ShoeDistanceKm;
            other.ShoeDistanceMiles = ShoeDistanceMiles;
            other.ShoesFitWell = ShoesFitWell;
            other.StrengthTrainingPerWeek = StrengthTrainingPerWeek;
            other.WarmsUp = WarmsUp;
            other.StressLevel = StressLevel;
            other.Hydration = Hydration;
            other.History = History;
        }

        // The same answers, so the same profile (the interview reuses one across candidates).
        public bool SameAs(RunnerDraft other) =>
            Age == other.Age && Experience == other.Experience && SittingHoursPerDay.Equals(other.SittingHoursPerDay) && RestDaysPerWeek == other.RestDaysPerWeek
            && CarriedLoad == other.CarriedLoad && LoadFitsWell == other.LoadFitsWell && ShoeDistanceKm.Equals(other.ShoeDistanceKm)
            && ShoeDistanceMiles.Equals(other.ShoeDistanceMiles) && ShoesFitWell == other.ShoesFitWell && StrengthTrainingPerWeek == other.StrengthTrainingPerWeek
            && WarmsUp == other.WarmsUp && StressLevel == other.StressLevel && Hydration == other.Hydration && System.Nullable.Equals(History, other.History);

        public void Clear()
        {
            Age = null;
            Experience = null;
            SittingHoursPerDay = null;
            RestDaysPerWeek = null;
            CarriedLoad = null;
            LoadFitsWell = null;
            ShoeDistanceKm = null;
            ShoeDistanceMiles = null;
            ShoesFitWell = null;
            StrengthTrainingPerWeek = null;
            WarmsUp = null;
            StressLevel = null;
            Hydration = null;
            History = null;
        }
    }
}
