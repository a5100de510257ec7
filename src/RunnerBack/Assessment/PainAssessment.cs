using System;
using System.Collections.Generic;
using RunnerBack.Json;
using Fields = RunnerBack.Json.RequestFormat;

namespace RunnerBack
{
    /// <summary>
    /// One runner's report of upper back pain: the pain itself, the symptoms that come with it, the
    /// runner's profile and observed running form. It is the input of <see cref="Triage.Assess"/>.
    /// </summary>
    /// <remarks>
    /// Immutable and thread-safe, with value equality (lists compare as sets, so their order never
    /// matters). Invalid values cannot be constructed: the constructor throws an
    /// <see cref="ArgumentException"/> naming the field. Defaults follow the wire contract: trend
    /// stable, onset gradual, timing during the run, durationDays 0, every flag false, every list empty
    /// and no runner profile.
    /// </remarks>
    public sealed record PainAssessment
    {
        /// <summary>Creates an assessment.</summary>
        /// <param name="painLevel">Pain on the 0 to 10 numeric rating scale (0 none, 10 worst imaginable).</param>
        /// <param name="quality">How the pain feels; required when <paramref name="painLevel"/> is above 0.</param>
        /// <param name="location">Where the pain is; required when <paramref name="painLevel"/> is above 0.</param>
        /// <param name="radiatesTo">Where the pain spreads, each target at most once.</param>
        /// <param name="trend">How the pain changes while running.</param>
        /// <param name="onset">How the pain began.</param>
        /// <param name="timing">When the pain is felt.</param>
        /// <param name="persistsAfterStopping">The pain is still there after the runner stops.</param>
        /// <param name="altersRunningForm">The pain makes the runner change how they run.</param>
        /// <param name="durationDays">Days since this pain began, 0 to 3650.</param>
        /// <param name="selfCareTried">Rest and self-care were already tried for this pain.</param>
        /// <param name="recentTrauma">A fall, collision or other impact preceded the pain.</param>
        /// <param name="symptoms">Symptoms that come with the pain, each at most once.</param>
        /// <param name="runner">The runner's profile; null when not reported.</param>
        /// <param name="form">Observed running-form faults, each at most once.</param>
        /// <exception cref="ArgumentException">A value is out of range, undefined, repeated or missing; the message names it.</exception>
        public PainAssessment(
            int painLevel,
            PainQuality? quality = null,
            PainLocation? location = null,
            IEnumerable<RadiationTarget>? radiatesTo = null,
            PainTrend trend = PainTrend.Stable,
            PainOnset onset = PainOnset.Gradual,
            PainTiming timing = PainTiming.DuringRun,
            bool persistsAfterStopping = false,
            bool altersRunningForm = false,
            int durationDays = 0,
            bool selfCareTried = false,
            bool recentTrauma = false,
            IEnumerable<Symptom>? symptoms = null,
            RunnerProfile? runner = null,
            IEnumerable<FormFault>? form = null)
        {
            // The lists first: a bad list is reported before a bad single value.
            RadiatesTo = EnumSet<RadiationTarget>.From(radiatesTo, nameof(radiatesTo));
            Symptoms = EnumSet<Symptom>.From(symptoms, nameof(symptoms));
            Form = EnumSet<FormFault>.From(form, nameof(form));
            PainLevel = Fields.PainLevel.Check(painLevel);
            Quality = Fields.Quality.Check(quality);
            Location = Fields.Location.Check(location);
            RequireWhenInPain();
            Trend = Fields.Trend.Check(trend);
            Onset = Fields.Onset.Check(onset);
            Timing = Fields.Timing.Check(timing);
            PersistsAfterStopping = persistsAfterStopping;
            AltersRunningForm = altersRunningForm;
            DurationDays = Fields.DurationDays.Check(durationDays);
            SelfCareTried = selfCareTried;
            RecentTrauma = recentTrauma;
            Runner = runner;
        }

        // From the JSON reader's values, which it has checked against the same declarations; an
        // absent field takes the default the public constructor has.
        internal PainAssessment(FieldValues values)
        {
            PainLevel = Fields.PainLevel.ValueIn(values) ?? 0;
            Quality = Fields.Quality.ValueIn(values);
            Location = Fields.Location.ValueIn(values);
            RequireWhenInPain();
            RadiatesTo = Fields.RadiatesTo.ListIn(values);
            Trend = Fields.Trend.ValueIn(values) ?? PainTrend.Stable;
            Onset = Fields.Onset.ValueIn(values) ?? PainOnset.Gradual;
            Timing = Fields.Timing.ValueIn(values) ?? PainTiming.DuringRun;
            PersistsAfterStopping = Fields.PersistsAfterStopping.ValueIn(values) ?? false;
            AltersRunningForm = Fields.AltersRunningForm.ValueIn(values) ?? false;
            DurationDays = Fields.DurationDays.ValueIn(values) ?? 0;
            SelfCareTried = Fields.SelfCareTried.ValueIn(values) ?? false;
            RecentTrauma = Fields.RecentTrauma.ValueIn(values) ?? false;
            Symptoms = Fields.Symptoms.ListIn(values);
            Runner = Fields.Runner.ValueIn(values);
            Form = Fields.Form.ListIn(values);
        }

        /// <summary>Pain on the 0 to 10 numeric rating scale.</summary>
        public int PainLevel { get; }

        /// <summary>How the pain feels; null only when <see cref="PainLevel"/> is 0.</summary>
        public PainQuality? Quality { get; }

        /// <summary>Where the pain is; null only when <see cref="PainLevel"/> is 0.</summary>
        public PainLocation? Location { get; }

        /// <summary>Where the pain spreads.</summary>
        public EnumSet<RadiationTarget> RadiatesTo { get; }

        /// <summary>How the pain changes while running.</summary>
        public PainTrend Trend { get; }

        /// <summary>How the pain began.</summary>
        public PainOnset Onset { get; }

        /// <summary>When the pain is felt.</summary>
        public PainTiming Timing { get; }

        /// <summary>The pain is still there after the runner stops.</summary>
        public bool PersistsAfterStopping { get; }

        /// <summary>The pain makes the runner change how they run.</summary>
        public bool AltersRunningForm { get; }

        /// <summary>Days since this pain began (0 to 3650).</summary>
        public int DurationDays { get; }

        /// <summary>Rest and self-care were already tried for this pain.</summary>
        public bool SelfCareTried { get; }

        /// <summary>A fall, collision or other impact preceded the pain.</summary>
        public bool RecentTrauma { get; }

        /// <summary>Symptoms that come with the pain.</summary>
        public EnumSet<Symptom> Symptoms { get; }

        /// <summary>The runner's profile, or null when none was reported.</summary>
        public RunnerProfile? Runner { get; }

        /// <summary>Observed running-form faults.</summary>
        public EnumSet<FormFault> Form { get; }

        private void RequireWhenInPain()
        {
            if (PainLevel > 0 && Quality is null)
            {
                throw new ArgumentException(Fields.Quality.Requirement!.Message, Fields.Quality.Name);
            }

            if (PainLevel > 0 && Location is null)
            {
                throw new ArgumentException(Fields.Location.Requirement!.Message, Fields.Location.Name);
            }
        }

        /// <summary>True when the pain is in the upper back: neck, shoulders, between the shoulder blades, mid back or ribs.</summary>
        public bool IsUpperBack => Location is { } location && location <= PainLocation.Ribs;
    }
}
