using CommitteeHub.Domain;

namespace CommitteeHub.Web.Pages.Shared;

/// <summary>A list that grows with the council's history (a committee's meetings, the decision register, a
/// councillor's attendance), offered a municipal year at a time: each year with its count, the one shown marked, the
/// others a link away. Counted by the database, so the list is a row a year however long the record.</summary>
/// <param name="Href">The address of one year's page, keeping whatever else the reader chose (filters, an anchor).</param>
/// <param name="One">The noun counted, singular and plural: "meeting", "meetings".</param>
public sealed record YearList(IReadOnlyList<YearCount> Years, MunicipalYear? Shown, Func<MunicipalYear, string> Href, string One, string Many);

/// <summary>A municipal year with how many of the list's records fall in it, where that is counted.</summary>
public sealed record YearCount(MunicipalYear Year, int? Count = null);
