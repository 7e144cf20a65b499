namespace CommitteeHub.Domain.Tests;

/// <summary>Asserts that a step is refused with a message a clerk can read.</summary>
internal static class Refused
{
    public static DomainException Because(string expectedWords, Action step)
    {
        var exception = Assert.Throws<DomainException>(step);
        Assert.Contains(expectedWords, exception.Message, StringComparison.OrdinalIgnoreCase);
        return exception;
    }

    public static DomainException Because(string expectedWords, Func<object?> step) =>
        Because(expectedWords, () => { step(); });
}
