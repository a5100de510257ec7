using RunnerBack.Rules.Contributors;
using RunnerBack.Rules.Recommendations;
using RunnerBack.Rules.RedFlags;
using RunnerBack.Rules.StopSignals;

namespace RunnerBack
{
    // The default rule set of TRIAGE.md, in the document's order. Rules are stateless, so one
    // instance of each serves every engine.
    internal static class DefaultRules
    {
        public static readonly TriageRule[] All =
        {
            new ChestPainRule(),
            new CardiacWarningSignsRule(),
            new SuddenSevereUpperBackPainRule(),
            new SpinalCordCompressionRule(),
            new SevereBreathingProblemRule(),
            new BreathingAffectedRule(),
            new SystemicSymptomsRule(),
            new CancerHistoryRule(),
            new ArmWeaknessRule(),
            new TraumaticOnsetRule(),
            new NeurologicalSymptomsRule(),
            new RadiatingPainRule(),
            new SeverePainRule(),
            new PersistentPainRule(),
            new NonMechanicalPainRule(),
            new FractureRiskRule(),
            new InfectionRiskRule(),
            new PainAtOrAboveStopLevelRule(),
            new EscalatingPainRule(),
            new SharpOrNervePainRule(),
            new PersistsAfterStoppingRule(),
            new AlteredRunningFormRule(),
            new SacroiliacPainRule(),
            new ProlongedSittingRule(),
            new SlouchedPostureRule(),
            new ArmSwingFaultsRule(),
            new ShoulderTensionRule(),
            new CarriedLoadRule(),
            new FootwearRule(),
            new ShallowBreathingRule(),
            new WeakUpperBackRule(),
            new NoWarmUpRule(),
            new TrainingLoadRule(),
            new StressRule(),
            new DehydrationRule(),
            new CallEmergencyServicesRule(),
            new SeekCareTodayRule(),
            new BookProfessionalAssessmentRule(),
            new StopRunningNowRule(),
            new NoRunningUntilAssessedRule(),
            new ExtraRestDayRule(),
            new SacroiliacRestRule(),
            new ReturnGraduallyRule(),
            new RunTallRule(),
            new RelaxShouldersRule(),
            new ArmSwingCueRule(),
            new DiaphragmaticBreathingRule(),
            new DynamicWarmUpRule(),
            new PostRunStretchRule(),
            new MovementBreaksRule(),
            new ShoulderBladeSqueezeRule(),
            new SeatedThoracicRotationRule(),
            new SideLyingThoracicRotationRule(),
            new FoamRollerExtensionRule(),
            new PelvicTiltsRule(),
            new UpperBackStrengthRule(),
            new IceTherapyRule(),
            new HeatTherapyRule(),
            new MassageGunRule(),
            new OverTheCounterPainReliefRule(),
            new LightenLoadRule(),
            new CheckShoesRule(),
            new BuildUpGraduallyRule(),
            new StressManagementRule(),
            new HydrateRule(),
        };
    }
}
