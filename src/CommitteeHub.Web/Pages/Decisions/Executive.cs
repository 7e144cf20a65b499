using CommitteeHub.Domain;

namespace CommitteeHub.Web.Pages.Decisions;

/// <summary>The words the public and the clerk read for the executive's notices and decisions, in one place so the
/// register, the record and the clerk's desk say the same thing.</summary>
public static class Executive
{
    public static string KeyReason(KeyDecisionReason reason, ExecutiveRules rules) => reason switch
    {
        KeyDecisionReason.SpendingOrSaving => $"It is likely to spend or save {Money(rules.KeyDecisionThreshold)} or more.",
        KeyDecisionReason.CommunitiesInTwoOrMoreWards => $"It is likely to have a significant effect on communities in {rules.KeyDecisionWards} or more electoral divisions.",
        _ => $"It is likely to spend or save {Money(rules.KeyDecisionThreshold)} or more, and to have a significant effect on communities in {rules.KeyDecisionWards} or more electoral divisions.",
    };

    public static string KeyReasonShort(KeyDecisionReason? reason) => reason switch
    {
        null => "Not a key decision",
        KeyDecisionReason.SpendingOrSaving => "Key decision: spending or saving",
        KeyDecisionReason.CommunitiesInTwoOrMoreWards => "Key decision: communities in two or more divisions",
        _ => "Key decision: spending or saving, and communities",
    };

    public static string UrgencyAgreedBy(UrgencyAgreedBy by) => by switch
    {
        Domain.UrgencyAgreedBy.ScrutinyChair => "the Chairman of the Overview and Scrutiny Committee",
        Domain.UrgencyAgreedBy.CouncilChair => "the Chairman of the Council",
        _ => "the Vice-Chairman of the Council",
    };

    public static string Outcome(CallInOutcome outcome) => outcome switch
    {
        CallInOutcome.ReferredBack => "Referred back to the decision maker",
        _ => "No further action: the decision may be implemented",
    };

    private static string Money(decimal pounds) => pounds.ToString("£#,0", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
