namespace CommitteeHub.Domain;

/// <summary>Local Government Act 1972, Schedule 12A, Part 1 (England): the seven descriptions of exempt information.</summary>
public static class Schedule12A
{
    private static readonly string[] Descriptions =
    [
        "Information relating to any individual.",
        "Information which is likely to reveal the identity of an individual.",
        "Information relating to the financial or business affairs of any particular person (including the authority holding that information).",
        "Information relating to any consultations or negotiations, or contemplated consultations or negotiations, in connection with any labour relations matter arising between the authority or a Minister of the Crown and employees of, or office holders under, the authority.",
        "Information in respect of which a claim to legal professional privilege could be maintained in legal proceedings.",
        "Information which reveals that the authority proposes to give under any enactment a notice under or by virtue of which requirements are imposed on a person, or to make an order or direction under any enactment.",
        "Information relating to any action taken or to be taken in connection with the prevention, investigation or prosecution of crime.",
    ];

    public static bool IsParagraph(int paragraph) => paragraph is >= 1 and <= 7;

    public static string Describe(int paragraph) =>
        IsParagraph(paragraph)
            ? Descriptions[paragraph - 1]
            : throw new DomainException($"Schedule 12A has exempt paragraphs 1 to 7; {paragraph} is not one of them.");
}

/// <summary>Who may read exempt (Part II) papers beyond clerks and administrators.</summary>
public enum ExemptAccess
{
    /// <summary>Councillors who sit on the committee, and staff.</summary>
    CommitteeMembers,
    /// <summary>Restricted further: officers (clerks and administrators) only.</summary>
    StaffOnly,
}
