using System;
using System.Linq;
using System.Reflection;
using Xunit;

namespace RunnerBack.Tests.Texts
{
    // The messages of exceptions and option problems are how an app developer learns what to fix:
    // each must say something of its own, and name everything it was given (the rule id, the field,
    // the value), so a message that lost its words or an argument is caught for every message at once.
    public sealed class DeveloperMessagesTests
    {
        [Fact]
        public void EveryMessageSaysSomethingAndNamesWhatItWasGiven()
        {
            var messages = typeof(DeveloperMessages).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(string) && !m.IsSpecialName).ToArray();
            Assert.True(messages.Length >= 25, $"{messages.Length} messages found");
            foreach (var message in messages)
            {
                var parameters = message.GetParameters();
                var arguments = parameters.Select((p, i) => Sample(p.ParameterType, i)).ToArray();
                var text = (string)message.Invoke(null, arguments)!;
                var own = text.Length - arguments.Sum(a => a?.ToString()!.Length ?? 0);
                Assert.True(own >= 15, $"{message.Name} says too little of its own: '{text}'");
                foreach (var argument in arguments)
                {
                    Assert.Contains(argument!.ToString()!, text, StringComparison.OrdinalIgnoreCase);
                }
            }

            foreach (var constant in typeof(DeveloperMessages).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                Assert.True(((string)constant.GetValue(null)!).Length >= 20, constant.Name);
            }
        }

        // A distinct, recognisable value per parameter, so each can be found in the text.
        private static object Sample(Type type, int index) => type switch
        {
            _ when type == typeof(string) => "arg" + index + "-token",
            _ when type == typeof(int) => 7000 + index,
            _ when type == typeof(double) => 70.25 + index,
            _ when type == typeof(RuleKind) => index % 2 == 0 ? RuleKind.Contributor : RuleKind.Recommendation,
            _ when type == typeof(FindingKind) => FindingKind.StopSignal,
            _ when type == typeof(Disposition) => Disposition.UrgentCare,
            _ when type == typeof(Answer) => Answer.Of(4242),
            _ => throw new InvalidOperationException("no sample for " + type),
        };
    }
}
