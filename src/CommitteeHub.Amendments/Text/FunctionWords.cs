namespace CommitteeHub.Amendments.Text;

/// <summary>Words that carry grammar rather than meaning. An unchanged stretch made only of these between two changes
/// is a coincidence of the diff, not something the amendment keeps, so the cleanup joins the changes around it.</summary>
internal static class FunctionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "to", "of", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "upon", "as",
        "and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "its",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
        "would", "shall", "should", "can", "could", "may", "might", "must", "their", "they", "them", "there",
        "his", "her", "he", "she", "we", "our", "us", "so", "if", "than", "then", "not", "no", "any", "all",
    };

    /// <summary>Commas, quotes, brackets and dashes join phrases; full stops, semicolons and colons end sentences
    /// and clauses, which a clerk keeps as boundaries.</summary>
    private static readonly HashSet<string> WeakPunctuation = [",", "'", "\"", "‘", "’", "“", "”", "(", ")", "-", "–", "—"];

    public static bool IsFunctionWord(string word) => Words.Contains(word);

    public static bool IsWeak(Token token) =>
        token.Kind == TokenKind.Punctuation ? WeakPunctuation.Contains(token.Text) : Words.Contains(token.Text);

    /// <summary>Conjunctions and prepositions that begin a phrase: an insertion reads best when it starts with one.</summary>
    public static bool StartsPhrase(string word) =>
        word.ToLowerInvariant() is "and" or "or" or "but" or "to" or "of" or "in" or "for" or "with" or "by" or
            "including" or "which" or "who" or "that";
}
