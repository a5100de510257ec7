namespace RunnerBack
{
    /// <summary>The category of a recommendation; which categories a result may hold depends on its disposition.</summary>
    public enum RecommendationCategory
    {
        /// <summary>Where and how soon to get care (JSON <c>care</c>).</summary>
        Care = 0,
        /// <summary>What to do about running (JSON <c>activity</c>).</summary>
        Activity = 1,
        /// <summary>Running-form cues (JSON <c>form</c>).</summary>
        Form = 2,
        /// <summary>Mobility and stretching (JSON <c>mobility</c>).</summary>
        Mobility = 3,
        /// <summary>Strength training (JSON <c>strength</c>).</summary>
        Strength = 4,
        /// <summary>Recovery aids such as ice and heat (JSON <c>recovery</c>).</summary>
        Recovery = 5,
        /// <summary>Over-the-counter medication (JSON <c>medication</c>).</summary>
        Medication = 6,
        /// <summary>Shoes and carried gear (JSON <c>gear</c>).</summary>
        Gear = 7,
        /// <summary>Habits outside running (JSON <c>lifestyle</c>).</summary>
        Lifestyle = 8,
    }
}
