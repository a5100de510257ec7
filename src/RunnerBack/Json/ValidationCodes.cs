namespace RunnerBack.Json
{
    /// <summary>The stable codes of <see cref="ValidationError"/>. Apps may switch on them; they never change meaning.</summary>
    public static class ValidationCodes
    {
        /// <summary>The input is not well-formed JSON (or not UTF-8), or is empty.</summary>
        public const string MalformedJson = "malformedJson";

        /// <summary>The input is larger than <see cref="TriageJson.MaxInputBytes"/>.</summary>
        public const string TooLarge = "tooLarge";

        /// <summary>The input nests objects or arrays deeper than the contract does.</summary>
        public const string TooDeep = "tooDeep";

        /// <summary>A value has the wrong JSON type, such as a string where a number belongs.</summary>
        public const string WrongType = "wrongType";

        /// <summary>A required field is missing (painLevel; quality and location when painLevel is above 0).</summary>
        public const string Required = "required";

        /// <summary>A number is outside its allowed range, or too large to read.</summary>
        public const string OutOfRange = "outOfRange";

        /// <summary>A whole number was expected and the value has a fraction.</summary>
        public const string NotAnInteger = "notAnInteger";

        /// <summary>A string is not one of the field's allowed values.</summary>
        public const string UnknownValue = "unknownValue";

        /// <summary>The object has a property the contract does not define.</summary>
        public const string UnknownProperty = "unknownProperty";

        /// <summary>The object has the same property twice.</summary>
        public const string DuplicateProperty = "duplicateProperty";

        /// <summary>A list holds the same value twice.</summary>
        public const string DuplicateEntry = "duplicateEntry";
    }
}
