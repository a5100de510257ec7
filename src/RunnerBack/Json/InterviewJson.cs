using System;
using System.Text;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Fields = RunnerBack.Json.RequestFormat;

namespace RunnerBack.Json
{
    /// <summary>
    /// The interview and the question catalogue as JSON: <c>{"answers":{…},"mode":"safety"}</c> in,
    /// one step out, as <c>POST /interview</c> and the CLI's <c>interview --next</c> speak it
    /// (docs/json.md, "Questions" and "Interview").
    /// </summary>
    /// <remarks>Thread-safe. Invalid answers are errors at their paths (<c>$.answers.onset</c>), as for an assessment.</remarks>
    public static class InterviewJson
    {
        // root -> answers -> runner -> history
        private const int MaxContainerDepth = 3;

        private const string AnswersPath = "$.answers";

        /// <summary>Reads an interview request and gives the next step.</summary>
        /// <param name="utf8Json">The request, UTF-8.</param>
        /// <param name="engine">The engine whose pipeline decides; <see cref="Triage.Default"/> when null.</param>
        /// <param name="language">The language when the request gives none (an HTTP Accept-Language, say); the engine's when null.</param>
        /// <returns>The step, or every problem with the request.</returns>
        public static InterviewResponse Next(ReadOnlySpan<byte> utf8Json, ITriageEngine? engine = null, string? language = null)
        {
            if (utf8Json.Length > TriageJson.MaxInputBytes)
            {
                return InterviewResponse.Invalid(new ValueList<ValidationError>(new[]
                {
                    new ValidationError(JsonPath.Root, ValidationCodes.TooLarge, $"The input is larger than {TriageJson.MaxInputBytes} bytes."),
                }));
            }

            var fields = new JsonFieldReader(MaxContainerDepth);
            FieldValues? values = null;
            var mode = InterviewMode.Safety;
            string? requested = null;
            string? region = null;
            var units = DistanceUnit.Kilometres;
            var read = WireReader.ReadDocument(utf8Json, fields, (ref Utf8JsonReader reader, JsonFieldReader f) => values = ReadRequest(ref reader, f, ref mode, ref requested, ref region, ref units));
            if (read && values is null)
            {
                fields.Report(JsonPath.Property(JsonPath.Root, "answers"), ValidationCodes.Required, "answers is required (an object; {} before the first question).");
            }

            var answers = read && values is not null ? AnswersOf(values, fields) : null;
            if (fields.HasErrors || answers is null)
            {
                return InterviewResponse.Invalid(fields.Errors);
            }

            var interview = engine is null ? TriageInterview.Default : new TriageInterview(engine);
            // The request's language and region, or the answers' (they are part of the assessment request).
            var chosen = requested ?? Fields.Language.ValueIn(values!) ?? (language is not null && Languages.IsWellFormed(language) ? language : null);
            return InterviewResponse.Of(interview.Next(answers, mode, chosen, region ?? Fields.Region.ValueIn(values!), units));
        }

        /// <summary>Reads an interview request and gives the next step.</summary>
        /// <param name="json">The request.</param>
        /// <param name="engine">The engine whose pipeline decides; <see cref="Triage.Default"/> when null.</param>
        /// <returns>The step, or every problem with the request.</returns>
        /// <param name="language">The language when the request gives none; the engine's when null.</param>
        /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
        public static InterviewResponse Next(string json, ITriageEngine? engine = null, string? language = null) => Next(Encoding.UTF8.GetBytes(Guard.NotNull(json, nameof(json))), engine, language);

        /// <summary>Reads an interview request from a UTF-8 stream without blocking (at most <see cref="TriageJson.MaxInputBytes"/> + 1 bytes) and gives the next step.</summary>
        /// <param name="utf8Json">The request, UTF-8: an ASP.NET Core request body, say.</param>
        /// <param name="engine">The engine whose pipeline decides; <see cref="Triage.Default"/> when null.</param>
        /// <param name="language">The language when the request gives none; the engine's when null.</param>
        /// <param name="cancellationToken">Stops the read.</param>
        /// <returns>The step, or every problem with the request.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
        /// <exception cref="IOException">The stream fails.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        public static async Task<InterviewResponse> NextAsync(Stream utf8Json, ITriageEngine? engine = null, string? language = null, CancellationToken cancellationToken = default)
        {
            using var input = await BoundedInput.ReadAsync(Guard.NotNull(utf8Json, nameof(utf8Json)), cancellationToken).ConfigureAwait(false);
            return Next(input.Bytes, engine, language);
        }

        /// <summary>Writes a step: <c>{"status":"question","question":{…},"dispositionRange":{…},"asked":…,"openSafetyQuestions":…}</c>, or the done step with its result.</summary>
        /// <param name="step">The step.</param>
        /// <param name="indented">Indent the JSON for people; compact by default.</param>
        /// <returns>The JSON.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
        public static string Serialize(InterviewStep step, bool indented = false)
        {
            Guard.NotNull(step, nameof(step));
            return TriageJson.Render(json => WriteStep(json, step), indented);
        }

        /// <summary>Writes a response: the step when valid, otherwise the errors.</summary>
        /// <param name="response">The response.</param>
        /// <param name="indented">Indent the JSON for people; compact by default.</param>
        /// <returns>The JSON.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
        public static string Serialize(InterviewResponse response, bool indented = false)
        {
            Guard.NotNull(response, nameof(response));
            return response.Step is { } step ? Serialize(step, indented) : TriageJson.RenderErrors(response.Errors, null, indented);
        }

        /// <summary>Writes the question catalogue: <c>{"questions":[…]}</c>, in the catalogue's order.</summary>
        /// <param name="indented">Indent the JSON for people; compact by default.</param>
        /// <param name="language">The language of the texts (a tag, with fallback); English when null.</param>
        /// <returns>The JSON.</returns>
        public static string SerializeQuestions(bool indented = false, string? language = null) => TriageJson.Render(
            json =>
            {
                json.WriteStartObject();
                json.WriteStartArray("questions");
                foreach (var question in QuestionCatalogue.In(language))
                {
                    WriteQuestion(json, question);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            },
            indented);

        // The assessment written and read back with the same declarations, so there is one mapping
        // from fields to questions.
        private static FieldValues? ReadRequest(ref Utf8JsonReader reader, JsonFieldReader fields, ref InterviewMode mode, ref string? language, ref string? region, ref DistanceUnit units)
        {
            FieldValues? values = null;
            while (fields.Next(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                fields.Next(ref reader);
                switch (name)
                {
                    case "answers" when reader.TokenType == JsonTokenType.StartObject:
                        values = Fields.AssessmentObject.Read(ref reader, fields, AnswersPath);
                        break;
                    case "answers":
                        fields.WrongType(ref reader, AnswersPath, "answers must be an object.");
                        values = new FieldValues(Fields.AssessmentObject.FieldCount);
                        break;
                    case "mode":
                        mode = fields.EnumAt<InterviewMode>(ref reader, JsonPath.Root, "mode", index: -1) ?? mode;
                        break;
                    case "language":
                        language = ReadTag(ref reader, fields, name, Languages.IsWellFormed, DeveloperMessages.BadLanguageTag);
                        break;
                    case "region":
                        region = ReadTag(ref reader, fields, name, EmergencyNumbers.IsWellFormed, DeveloperMessages.BadRegion);
                        break;
                    case "units" when reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("km"):
                        units = DistanceUnit.Kilometres;
                        break;
                    case "units" when reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("miles"):
                        units = DistanceUnit.Miles;
                        break;
                    case "units":
                        fields.Report(JsonPath.Property(JsonPath.Root, name), ValidationCodes.UnknownValue, "units must be km or miles.");
                        fields.Skip(ref reader);
                        break;
                    default:
                        fields.Report(JsonPath.Property(JsonPath.Root, name), ValidationCodes.UnknownProperty, $"{name} is not part of the interview request.");
                        fields.Skip(ref reader);
                        break;
                }
            }

            return values;
        }

        private static string? ReadTag(ref Utf8JsonReader reader, JsonFieldReader fields, string name, Func<string, bool> wellFormed, Func<string, string?, string> refusal)
        {
            var path = JsonPath.Property(JsonPath.Root, name);
            if (reader.TokenType != JsonTokenType.String)
            {
                fields.WrongType(ref reader, path, refusal(name, null));
                return null;
            }

            var tag = reader.GetString()!;
            if (!wellFormed(tag))
            {
                fields.Report(path, ValidationCodes.UnknownValue, refusal(name, tag));
                return null;
            }

            return tag;
        }

        // The answers the reader found, each as its question's answer; JSON null is "declined",
        // which a safety question does not allow.
        private static InterviewAnswers? AnswersOf(FieldValues values, JsonFieldReader fields)
        {
            var draft = Fields.DraftOf(values, Fields.Draft);
            var runner = values.Object(Fields.Runner) as FieldValues;
            var questions = QuestionCatalogue.Ordered;
            var answers = new Answer?[questions.Length];
            for (var i = 0; i < questions.Length; i++)
            {
                var question = questions[i];
                answers[i] = question.AnswerIn(draft);
                var owner = question.InRunner ? runner : values;
                if (answers[i] is null && owner is not null && owner.IsNull(Fields.QuestionFields[i]))
                {
                    if (question.IsSafety)
                    {
                        fields.Report(AnswersPath + question.Path.Substring(1), ValidationCodes.Required, DeveloperMessages.SafetyQuestionDeclined(question.Id));
                    }
                    else
                    {
                        answers[i] = Answer.Declined;
                    }
                }
            }

            return fields.HasErrors ? null : InterviewAnswers.FromChecked(answers);
        }

        private static void WriteStep(Utf8JsonWriter json, InterviewStep step)
        {
            json.WriteStartObject();
            json.WriteString("status", ContractNames<InterviewStatus>.Of(step.Status));
            if (step.Question is { } question)
            {
                json.WritePropertyName("question");
                WriteQuestion(json, question);
            }

            json.WriteStartObject("dispositionRange");
            json.WriteString("lowest", ContractNames<Disposition>.Of(step.DispositionRange.Lowest));
            json.WriteString("highest", ContractNames<Disposition>.Of(step.DispositionRange.Highest));
            json.WriteEndObject();
            json.WriteNumber("asked", step.Asked);
            json.WriteNumber("openSafetyQuestions", step.OpenSafetyQuestions);
            if (step.Result is { } result)
            {
                json.WriteStartArray("unanswered");
                foreach (var id in step.Unanswered)
                {
                    json.WriteStringValue(id);
                }

                json.WriteEndArray();
                json.WritePropertyName("result");
                ResultFormat.Result.Write(json, result, TraceDetail.All);
            }

            json.WriteEndObject();
        }

        private static void WriteQuestion(Utf8JsonWriter json, Question question)
        {
            json.WriteStartObject();
            json.WriteString("id", question.Id);
            json.WriteString("kind", ContractNames<QuestionKind>.Of(question.Kind));
            json.WriteString("path", question.Path);
            json.WriteBoolean("safety", question.IsSafety);
            if (question.AppliesWhen is { } appliesWhen)
            {
                json.WriteString("appliesWhen", appliesWhen);
            }

            json.WriteString("text", question.Text);
            if (question.Help is { } help)
            {
                json.WriteString("help", help);
            }

            if (question.Options.Count > 0)
            {
                json.WriteStartArray("options");
                foreach (var option in question.Options)
                {
                    json.WriteStartObject();
                    json.WritePropertyName("value");
                    AnswerField<object>.WriteValue(json, option.Value);
                    json.WriteString("label", option.Label);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            if (question.NoneLabel is { } none)
            {
                json.WriteString("noneLabel", none);
            }

            if (question.Min is { } min)
            {
                json.WriteNumber("min", min);
            }

            if (question.Max is { } max)
            {
                json.WriteNumber("max", max);
            }

            if (question.Unit is { } unit)
            {
                json.WriteString("unit", unit);
            }

            json.WriteEndObject();
        }
    }
}
