using System;
using System.Collections.Generic;

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
            : this(
                painLevel,
                quality,
                location,
                EnumSet<RadiationTarget>.From(radiatesTo, nameof(radiatesTo)),
                trend,
                onset,
                timing,
                persistsAfterStopping,
                altersRunningForm,
                durationDays,
                selfCareTried,
                recentTrauma,
                EnumSet<Symptom>.From(symptoms, nameof(symptoms)),
                runner,
                EnumSet<FormFault>.From(form, nameof(form)))
        {
        }

        // Takes the lists as sets, which are duplicate-free and defined by construction, so that the
        // JSON reader, which builds sets, passes them without boxing each one into an IEnumerable.
        internal PainAssessment(
            int painLevel,
            PainQuality? quality,
            PainLocation? location,
            EnumSet<RadiationTarget> radiatesTo,
            PainTrend trend,
            PainOnset onset,
            PainTiming timing,
            bool persistsAfterStopping,
            bool altersRunningForm,
            int durationDays,
            bool selfCareTried,
            bool recentTrauma,
            EnumSet<Symptom> symptoms,
            RunnerProfile? runner,
            EnumSet<FormFault> form)
        {
            PainLevel = Guard.InRange(painLevel, 0, 10, nameof(painLevel));
            Quality = Guard.Defined(quality, nameof(quality));
            Location = Guard.Defined(location, nameof(location));
            if (painLevel > 0 && quality is null)
            {
                throw new ArgumentException("quality is required when painLevel is above 0.", nameof(quality));
            }

            if (painLevel > 0 && location is null)
            {
                throw new ArgumentException("location is required when painLevel is above 0.", nameof(location));
            }

            RadiatesTo = EnumSet<RadiationTarget>.From(radiatesTo, nameof(radiatesTo));
            Trend = Guard.Defined(trend, nameof(trend));
            Onset = Guard.Defined(onset, nameof(onset));
            Timing = Guard.Defined(timing, nameof(timing));
            PersistsAfterStopping = persistsAfterStopping;
            AltersRunningForm = altersRunningForm;
            DurationDays = Guard.InRange(durationDays, 0, 3650, nameof(durationDays));
            SelfCareTried = selfCareTried;
            RecentTrauma = recentTrauma;
            Symptoms = EnumSet<Symptom>.From(symptoms, nameof(symptoms));
            Runner = runner;
            Form = EnumSet<FormFault>.From(form, nameof(form));
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

        /// <summary>True when the pain is in the upper back: neck, shoulders, between the shoulder blades, mid back or ribs.</summary>
        public bool IsUpperBack => Location is { } location && location <= PainLocation.Ribs;
    }
}
