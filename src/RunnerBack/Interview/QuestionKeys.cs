namespace RunnerBack
{
    // The text catalogue's keys of a question's texts, by question id ("question.onset.text").
    internal static class QuestionKeys
    {
        public static string Text(string id) => "question." + id + ".text";

        public static string Help(string id) => "question." + id + ".help";

        public static string Option(string id, string value) => "question." + id + ".option." + value;
    }
}
