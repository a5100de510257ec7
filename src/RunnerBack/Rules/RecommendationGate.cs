namespace RunnerBack
{
    /// <summary>
    /// The safety gate (docs/safety/README.md): which recommendation categories a result may hold at
    /// each disposition, so that nobody sent to a doctor is handed a running-form drill instead.
    /// </summary>
    /// <remarks>
    /// emergency and urgentCare: care and activity only. seeProfessional: care, activity, gear,
    /// lifestyle, and recovery limited to ice and heat. stopAndRest and below: every category.
    /// Stateless and thread-safe.
    /// </remarks>
    public static class RecommendationGate
    {
        /// <summary>True when <paramref name="recommendation"/> may be given at <paramref name="disposition"/>.</summary>
        /// <exception cref="System.ArgumentNullException"><paramref name="recommendation"/> is null.</exception>
        public static bool Allows(Disposition disposition, Recommendation recommendation)
        {
            Guard.NotNull(recommendation, nameof(recommendation));
            var category = recommendation.Category;
            if (disposition >= Disposition.UrgentCare)
            {
                return category == RecommendationCategory.Care || category == RecommendationCategory.Activity;
            }

            if (disposition == Disposition.SeeProfessional)
            {
                return category switch
                {
                    RecommendationCategory.Care or RecommendationCategory.Activity or RecommendationCategory.Gear or RecommendationCategory.Lifestyle => true,
                    RecommendationCategory.Recovery => recommendation.Code == RecommendationCodes.IceTherapy || recommendation.Code == RecommendationCodes.HeatTherapy,
                    _ => false,
                };
            }

            return true;
        }
    }
}
