namespace RunnerBack
{
    // Hash codes for the result records that define their own equality (the built-in texts' keys
    // are not part of it). The same fields as Equals, combined in order.
    internal static class Hash
    {
        public static int Of(string a, string b) => Combine(a.GetHashCode(), b.GetHashCode());

        public static int Of(string a, int b, int c, string d) => Combine(Combine(Combine(a.GetHashCode(), b), c), d.GetHashCode());

        public static int Of(string a, int b, string c, string d, int e) => Combine(Combine(Combine(Combine(a.GetHashCode(), b), c.GetHashCode()), d.GetHashCode()), e);

        private static int Combine(int hash, int next) => unchecked((hash * 31) + next);
    }
}
