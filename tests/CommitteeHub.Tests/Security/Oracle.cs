using CommitteeHub.Data;
using CommitteeHub.Domain;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Tests.Security;

/// <summary>Someone who reads the site: the public, a councillor (through the person their account belongs to), or
/// staff.</summary>
public sealed record Role(string Name, string? Email, int? PersonId = null, bool IsStaff = false)
{
    public static readonly Role Public = new("public", null);
    public override string ToString() => Name;
}

/// <summary>A sentence a role may not read, where it comes from, and why that role may not read it.</summary>
public sealed record Forbidden(string Sentence, string Source, string Why);

/// <summary>
/// The ground truth of who may read what, worked out here from the database and the law, not by asking the app (its
/// <c>Reader</c> and <c>PaperSources</c> are what is under test). The rule: the public read nothing exempt and nothing
/// unpublished (a draft paper, the agenda of a meeting before it is published, an item taken off an agenda); a
/// councillor also reads the exempt items of a committee they sat on, on the day of the meeting or now, unless the
/// item is restricted to staff; staff read everything.
/// </summary>
public sealed class Oracle
{
    /// <summary>Why a piece of text may be closed to a role; null for what everyone may read.</summary>
    private sealed record Rule(int CommitteeId, string Committee, DateOnly MeetingDay, bool AgendaOut, bool ItemExempt, ExemptAccess Access,
        bool PaperPublished = true, bool PaperExempt = false, bool Removed = false);

    private sealed record Piece(string Text, string Source, Rule? Rule);

    private readonly List<Piece> _pieces = [];
    private readonly List<(int CommitteeId, int PersonId, DateOnly From, DateOnly? To)> _seats;
    private readonly DateOnly _today;

    private Oracle(List<(int, int, DateOnly, DateOnly?)> seats, DateOnly today) => (_seats, _today) = (seats, today);

    public static async Task<Oracle> LoadAsync(CouncilDb db, DateOnly today)
    {
        var seats = (await db.Memberships.AsNoTracking().Select(m => new { m.CommitteeId, m.PersonId, m.From, m.To }).ToListAsync())
            .Select(m => (m.CommitteeId, m.PersonId, m.From, m.To)).ToList();
        var oracle = new Oracle(seats, today);
        var committees = await db.Committees.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name);
        var meetings = await db.Meetings.AsNoTracking().ToDictionaryAsync(m => m.Id);
        var items = await db.AgendaItems.AsNoTracking().Include(i => i.Documents).ThenInclude(d => d.Revisions).ThenInclude(r => r.File).Include(i => i.Documents).ThenInclude(d => d.File)
            .Include(i => i.Resolutions).Include(i => i.Declarations).AsSplitQuery().ToListAsync();
        var motions = await db.Motions.AsNoTracking().Include(m => m.Amendments).ToListAsync();

        var rules = new Dictionary<int, Rule>();
        foreach (var i in items)
        {
            var m = meetings[i.MeetingId];
            var agendaOut = m.AgendaPublishedAt is not null || m.Status is MeetingStatus.Held or MeetingStatus.DraftMinutesPublished or MeetingStatus.MinutesApproved;
            var rule = rules[i.Id] = new Rule(m.CommitteeId, committees[m.CommitteeId], DateOnly.FromDateTime(m.StartsAt), agendaOut, i.IsExempt, i.ExemptAccess);
            var item = $"meeting {m.Id} ({committees[m.CommitteeId]}, {m.StartsAt:d MMM yyyy}), item {i.Number} (id {i.Id}) \"{i.Title}\"";
            // An exempt item's title, and an exempt paper's, are printed on the published agenda; not before.
            oracle.Add(i.Title, item + ", title", rule with { ItemExempt = false });
            oracle.Add(Sentences.Plain(i.Description), item + ", description", rule);
            oracle.Add(Sentences.Plain(i.MinutesText), item + ", minutes", rule);
            foreach (var r in i.Resolutions) oracle.Add(Sentences.Plain(r.Text), item + $", resolution {r.Number}", rule);
            foreach (var d in i.Declarations) oracle.Add(d.Nature, item + ", declaration of interest", rule);
            // What the law has published about an exempt item: why it is exempt, and the summary in place of its minutes.
            oracle.Add(i.PublicInterestStatement ?? "", item + ", public interest statement", null);
            oracle.Add(Sentences.Plain(i.PublicSummary), item + ", public summary", null);
            foreach (var d in i.Documents)
            {
                var paper = rule with { PaperPublished = d.PublishedOn is not null, PaperExempt = d.ExemptParagraph is not null };
                var source = item + $", document {d.Id} \"{d.Title}\"";
                oracle.Add(d.Title, source + ", title", paper with { ItemExempt = false, PaperExempt = false });
                oracle.Add(d.Body is not null ? Sentences.Plain(d.Body) : Extract.FileText(d.File?.Content, d.FileName), source, paper);
                foreach (var v in d.Revisions)
                    oracle.Add(v.Body is not null ? Sentences.Plain(v.Body) : Extract.FileText(v.File?.Content, v.FileName), source + $", version {v.Version}", paper);
            }
            foreach (var motion in motions.Where(x => x.AgendaItemId == i.Id))
            {
                var source = item + $", motion {motion.Id} \"{motion.Title}\"";
                oracle.Add(Sentences.Plain(motion.Text), source, rule);
                oracle.Add(Sentences.Plain(motion.SubstantiveText), source + " as amended", rule);
                foreach (var a in motion.Amendments) oracle.Add(Sentences.Plain(a.Text), source + $", amendment {a.Number}", rule);
            }
        }
        // That an item is exempt, and under which paragraph, is public: the agenda, the forward plan and an exempt
        // paper's own notice say so in the law's words, which give nothing away.
        foreach (var paragraph in Enumerable.Range(1, 7))
        {
            var law = $"paragraph {paragraph} of Part 1 of Schedule 12A to the Local Government Act 1972 ({Schedule12A.Describe(paragraph)})";
            oracle.Add($"Not for publication: exempt information under {law}.\n\nExempt information under {law.Replace("of Part 1 ", "")}.", "the law's words", null);
        }
        foreach (var e in await db.ForwardPlanEntries.AsNoTracking().ToListAsync())
            oracle.Add($"{e.Matter}\n\n{e.Documents}", $"forward plan entry {e.Id}", null);
        // Executive decision records are published by law (SI 2012/2089 reg 13), exempt business or not. A decision
        // taken at a meeting is its item's resolutions: it is read on the item's terms, so one on an exempt item is
        // as secret as the item's resolutions (were it public here, a leak of them would pass unseen).
        foreach (var d in await db.Decisions.AsNoTracking().ToListAsync())
            oracle.Add(Sentences.Plain(d.Text) + "\n\n" + Sentences.Plain(d.Reasons) + "\n\n" + Sentences.Plain(d.AlternativesRejected), $"decision {d.Id}",
                d.AgendaItemId is { } itemId ? rules[itemId] : null);
        return oracle;
    }

    private void Add(string text, string source, Rule? rule)
    {
        if (!string.IsNullOrWhiteSpace(text)) _pieces.Add(new Piece(text, source, rule));
    }

    /// <summary>Text of an item taken off an agenda before publication: it is gone from the database, and no one but
    /// staff may ever read it.</summary>
    public void AddRemoved(string text, string source) =>
        _pieces.Add(new Piece(text, source + " (removed from the agenda)", new Rule(0, "", default, false, false, ExemptAccess.CommitteeMembers, Removed: true)));

    private bool SatOn(int personId, int committeeId, DateOnly day) =>
        _seats.Any(s => s.PersonId == personId && s.CommitteeId == committeeId && s.From <= day && (s.To is null || s.To >= day));

    private bool MayReadExempt(Role role, Rule rule, ExemptAccess access) =>
        role.IsStaff || (role.PersonId is { } person && access != ExemptAccess.StaffOnly &&
            (SatOn(person, rule.CommitteeId, rule.MeetingDay) || SatOn(person, rule.CommitteeId, _today)));

    /// <summary>Why the role may not read text under this rule, or null if it may.</summary>
    private string? Closed(Role role, Rule? rule)
    {
        if (rule is null || role.IsStaff) return null;
        if (rule.Removed) return "taken off the agenda before it was published";
        if (!rule.AgendaOut) return "the agenda is not yet published";
        if (!rule.PaperPublished) return "the paper is not published (draft)";
        if (rule.ItemExempt && !MayReadExempt(role, rule, rule.Access))
            return rule.Access == ExemptAccess.StaffOnly ? "exempt and restricted to staff" : NotEntitled("an exempt item");
        if (rule.PaperExempt && !MayReadExempt(role, rule, ExemptAccess.CommitteeMembers))
            return NotEntitled("an exempt paper");
        return null;

        string NotEntitled(string what) => role.PersonId is null
            ? $"{what} (Schedule 12A), never the public's"
            : $"{what}, and the {role} did not sit on the {rule.Committee} on the day of the meeting or now";
    }

    /// <summary>
    /// Every window of words that would show the role something it may not read, with the sentence it comes from. A
    /// sentence that also appears in something the role may read (a standard wording, a report quoted in public minutes)
    /// gives away nothing, so its shared windows are left out.
    /// </summary>
    public (IReadOnlyDictionary<string, Forbidden> Windows, int Sentences) ForbiddenFor(Role role)
    {
        var open = new HashSet<string>();
        var closed = new List<(Piece Piece, string Why)>();
        foreach (var piece in _pieces)
        {
            if (Closed(role, piece.Rule) is { } why) closed.Add((piece, why));
            else open.UnionWith(Sentences.Windows(piece.Text));
        }
        var windows = new Dictionary<string, Forbidden>();
        var sentences = 0;
        foreach (var (piece, why) in closed)
        foreach (var sentence in Sentences.Of(piece.Text))
        {
            var own = Sentences.Windows(sentence).Where(w => !open.Contains(w)).ToList();
            if (own.Count == 0) continue;
            sentences++;
            foreach (var w in own) windows.TryAdd(w, new Forbidden(sentence, piece.Source, why));
        }
        return (windows, sentences);
    }

    /// <summary>The windows of a text the role may read: for the positive controls.</summary>
    public static IReadOnlyList<string> WindowsOf(string sentence) => Sentences.Windows(sentence).ToList();
}
