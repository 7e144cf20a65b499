namespace CommitteeHub.Domain;

public enum MeetingStatus { Scheduled, AgendaPublished, Held, DraftMinutesPublished, MinutesApproved, Cancelled, Postponed }

/// <summary>
/// A meeting of a committee: when and where, its status from scheduling to approved minutes, who attended, and its
/// agenda. Items, their documents, declarations and resolutions live inside it.
/// </summary>
public sealed class Meeting : AggregateRoot
{
    private readonly List<AgendaItem> _items = [];
    private readonly List<Attendance> _attendance = [];

    private Meeting() { }

    public Meeting(int committeeId, DateTime startsAt, string venue, string? title = null)
    {
        CommitteeId = committeeId;
        StartsAt = DateTime.SpecifyKind(startsAt, DateTimeKind.Unspecified);
        Venue = Guard.Required(venue, "Venue", 300);
        Title = Guard.Optional(title, "Meeting title", 200);
        Status = MeetingStatus.Scheduled;
    }

    public int Id { get; private set; }
    public int CommitteeId { get; private set; }
    /// <summary>Local (UK) time of the start.</summary>
    public DateTime StartsAt { get; private set; }
    public string Venue { get; private set; } = "";
    /// <summary>Set for an extraordinary or special meeting, such as "Budget meeting".</summary>
    public string? Title { get; private set; }
    public MeetingStatus Status { get; private set; }
    /// <summary>Why the meeting was cancelled or postponed.</summary>
    public string? StatusReason { get; private set; }
    public DateTime? AgendaPublishedAt { get; private set; }
    public DateTime? DraftMinutesPublishedAt { get; private set; }
    public DateOnly? MinutesApprovedOn { get; private set; }
    public string? WebcastUrl { get; private set; }
    /// <summary>Why the agenda was published with fewer clear days' notice than the law requires: the special
    /// circumstances, printed in the minutes (LGA 1972 s.100B(4)(b)).</summary>
    public string? LatePublicationReason { get; private set; }
    /// <summary>Who presided when the minutes were approved and signed as a correct record.</summary>
    public string? MinutesSignedBy { get; private set; }
    /// <summary>The meeting at which these minutes were approved (normally the committee's next).</summary>
    public int? MinutesApprovedAtMeetingId { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<AgendaItem> Items => _items;
    public IReadOnlyList<Attendance> Attendance => _attendance;

    public bool IsCancelledOrPostponed => Status is MeetingStatus.Cancelled or MeetingStatus.Postponed;
    public bool MinutesArePublished => Status is MeetingStatus.DraftMinutesPublished or MeetingStatus.MinutesApproved;
    public bool MinutesAreDraft => Status == MeetingStatus.DraftMinutesPublished;

    public void Webcast(string? url)
    {
        url = Guard.Optional(url, "Webcast address", 400);
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
            throw new DomainException("The webcast address must be a full web address starting https://.");
        WebcastUrl = url;
    }

    /// <param name="now">Where given (a clerk moving a meeting now), the new time must lie ahead, within the horizon.</param>
    public void Reschedule(DateTime startsAt, string venue, DateTime? now = null, int horizonYears = SchedulingHorizonYears)
    {
        if (Status is not (MeetingStatus.Scheduled or MeetingStatus.AgendaPublished or MeetingStatus.Postponed))
            throw new DomainException($"A meeting that is {StatusName(Status).ToLowerInvariant()} cannot be rescheduled.");
        if (now is { } at) RequireAhead(startsAt, at, horizonYears, "moved");
        var (fromStartsAt, fromVenue) = (StartsAt, Venue);
        StartsAt = DateTime.SpecifyKind(startsAt, DateTimeKind.Unspecified);
        Venue = Guard.Required(venue, "Venue", 300);
        if (Status == MeetingStatus.Postponed) { Status = MeetingStatus.Scheduled; StatusReason = null; }
        Raise(new MeetingRescheduled(fromStartsAt, fromVenue, StartsAt, Venue));
    }

    /// <summary>How far ahead a meeting may be scheduled unless the council sets otherwise: further off is a mistyped year
    /// (31 December 9999), not a programme.</summary>
    public const int SchedulingHorizonYears = 5;

    /// <summary>A meeting the clerk schedules now must lie ahead, within the horizon; the constructor alone serves for
    /// the historic record. Its agenda begins with the committee's standard items, numbered from 1.</summary>
    public static Meeting Schedule(int committeeId, DateTime startsAt, string venue, string? title, DateTime now, int horizonYears = SchedulingHorizonYears,
        IEnumerable<(string Title, string? Description, AgendaItemRole Role)>? standardItems = null)
    {
        RequireAhead(startsAt, now, horizonYears, "scheduled");
        var meeting = new Meeting(committeeId, startsAt, venue, title);
        var number = 1;
        foreach (var (itemTitle, description, role) in standardItems ?? []) meeting.AddItem((number++).ToString(), itemTitle, description, role);
        meeting.Raise(new MeetingScheduled(meeting.StartsAt, meeting.Venue));
        return meeting;
    }

    private static void RequireAhead(DateTime startsAt, DateTime now, int horizonYears, string done)
    {
        if (startsAt <= now)
            throw new DomainException($"A meeting cannot be {done} {(done == "moved" ? "into" : "in")} the past: {startsAt:d MMMM yyyy 'at' HH:mm} has gone. Check the date and time.");
        if (startsAt > now.AddYears(horizonYears))
            throw new DomainException($"A meeting can be {done} at most {horizonYears} years ahead: {startsAt:d MMMM yyyy} is further off than {now.AddYears(horizonYears):d MMMM yyyy}. Check the year.");
    }

    /// <summary>
    /// Publishes the agenda. The law requires it to be open to inspection at least five clear days before the meeting
    /// (LGA 1972 s.100B(3), SI 2002/715); with fewer, it may be published only with the reason for urgency, which the
    /// minutes record.
    /// </summary>
    public void PublishAgenda(DateTime publishedAt, string? urgencyReason = null, WorkingCalendar? calendar = null, int clearDaysRequired = 5)
    {
        Require(MeetingStatus.Scheduled, "publish its agenda");
        if (_items.Count == 0) throw new DomainException("An agenda needs at least one item before it is published.");
        if (publishedAt >= StartsAt) throw new DomainException("An agenda must be published before the meeting starts.");
        if (_items.Any(i => i.IsExempt) && !_items.Any(i => i.Role == AgendaItemRole.Exclusion))
            throw new DomainException("The agenda has exempt items but no item \"Exclusion of the press and public\": the public may be excluded only by a resolution naming the items and paragraphs (s.100A(4)). Add that item first.");
        var clearDays = (calendar ?? WorkingCalendar.EnglandAndWales).ClearDaysBetween(DateOnly.FromDateTime(publishedAt), DateOnly.FromDateTime(StartsAt));
        var reason = Guard.Optional(urgencyReason, "The reason for urgency", 1_000);
        if (clearDays < clearDaysRequired && reason is null)
            throw new DomainException($"Published today, the agenda gives {clearDays} clear day{(clearDays == 1 ? "" : "s")} before the meeting; the law requires {clearDaysRequired} (weekends, bank holidays, the day of publication and the day of the meeting do not count). To publish late, record the special circumstances that make the meeting urgent: they will be printed in the minutes.");
        LatePublicationReason = clearDays < clearDaysRequired ? reason : null;
        AgendaPublishedAt = publishedAt;
        Status = MeetingStatus.AgendaPublished;
        foreach (var document in _items.SelectMany(i => i.Documents).Where(d => d.Status == ReportStatus.Approved && d.PublishedOn is null))
            document.PublishedAt(DateOnly.FromDateTime(publishedAt));
        Raise(new AgendaPublished(publishedAt, LatePublicationReason));
    }

    /// <summary>Revises one of its papers: a written paper by its new text, an uploaded one by a new file (a file is
    /// required). Before publication that is an edit; once published, a new version, the earlier one kept.</summary>
    public Document RevisePaper(int paperId, string? body, string? fileName, byte[]? content, DateTime now)
    {
        var paper = Paper(paperId);
        var published = paper.IsPublished;
        if (paper.IsUpload)
        {
            if (content is null || string.IsNullOrWhiteSpace(fileName)) throw new DomainException("Choose the new file to upload.");
            paper.Replace(fileName, content, now);
        }
        else paper.Revise(body ?? "", now);
        Raise(new PaperRevised(paper.AgendaItemId, paper.Id, paper.Title, paper.Version, published));
        return paper;
    }

    /// <summary>One of the papers on its agenda, by id.</summary>
    public Document Paper(int paperId) =>
        _items.SelectMany(i => i.Documents).FirstOrDefault(d => d.Id == paperId) ?? throw new DomainException("That paper is not on this meeting's agenda.");

    /// <summary>
    /// Adds an item after the agenda is published: it goes into a supplement with the reason it is urgent, and the
    /// chair must agree to take it (s.100B(4)(b)).
    /// </summary>
    public AgendaItem AddLateItem(string number, string title, string? description, string urgencyReason, DateTime now)
    {
        Require(MeetingStatus.AgendaPublished, "take a late item");
        if (now >= StartsAt) throw new DomainException("The meeting has started: an urgent item raised at the meeting is minuted under \"Urgent matters\", not added to the agenda.");
        var reason = Guard.Required(urgencyReason, "The reason the item is urgent (the special circumstances)", 1_000);
        // The public, excluded for the exempt business, would miss an open item placed after it.
        if (_items.FirstOrDefault(i => i.Role == AgendaItemRole.Exclusion) is { } exclusion &&
            string.CompareOrdinal(AgendaItemNumber.SortKey(AgendaItemNumber.Normalise(number)), exclusion.SortKey) > 0)
        {
            var before = int.Parse(new string(exclusion.Number.TakeWhile(char.IsDigit).ToArray())) - 1;
            throw new DomainException($"Item {AgendaItemNumber.Normalise(number)} would come after the exclusion of the press and public (item {exclusion.Number}), when the public have left: number an open late item before it, such as {before}A.");
        }
        var item = Add(number, title, description);
        item.MarkLate(reason, now);
        return item;
    }

    /// <summary>Items published in supplements, in the order they were added.</summary>
    public IEnumerable<AgendaItem> SupplementItems => _items.Where(i => i.AddedLateAt is not null).OrderBy(i => i.AddedLateAt);

    public void RecordHeld(DateTime now)
    {
        Require(MeetingStatus.AgendaPublished, "be recorded as held");
        if (now < StartsAt) throw new DomainException("A meeting cannot be recorded as held before it starts.");
        Status = MeetingStatus.Held;
        Raise(new MeetingHeld());
    }

    public void PublishDraftMinutes(DateTime publishedAt)
    {
        Require(MeetingStatus.Held, "have draft minutes published");
        if (publishedAt < StartsAt) throw new DomainException("Minutes cannot be published before the meeting they record.");
        RequireEveryItemMinuted("publishing them");
        if (Ordered.Where(i => i.MinuteNumber is null).Select(i => i.Number).ToList() is { Count: > 0 } unnumbered)
            throw new DomainException($"{Numbered(unnumbered)} {(unnumbered.Count == 1 ? "is" : "are")} not numbered yet: choose \"Number the minutes\" first, then publish them.");
        DraftMinutesPublishedAt = publishedAt;
        Status = MeetingStatus.DraftMinutesPublished;
        Raise(new DraftMinutesPublished(publishedAt));
    }

    /// <summary>Minutes are approved (signed as a correct record) at the same or the next suitable meeting
    /// (LGA 1972 Sch 12 para 41(1)).</summary>
    public void ApproveMinutes(DateOnly approvedOn, string? signedBy = null, int? atMeetingId = null)
    {
        Require(MeetingStatus.DraftMinutesPublished, "have its minutes approved");
        if (approvedOn < DateOnly.FromDateTime(StartsAt))
            throw new DomainException("Minutes cannot be approved before the meeting they record.");
        if (DraftMinutesPublishedAt is { } published && approvedOn < DateOnly.FromDateTime(published))
            throw new DomainException("Minutes cannot be approved before their draft was published.");
        MinutesApprovedOn = approvedOn;
        MinutesSignedBy = Guard.Optional(signedBy, "The name of the person presiding", 200);
        MinutesApprovedAtMeetingId = atMeetingId;
        // Signed minutes are the record: from now on a correction is itself minuted, never an edit.
        foreach (var item in _items) item.SignMinutes();
        Status = MeetingStatus.MinutesApproved;
        Raise(new MinutesApproved(approvedOn, MinutesSignedBy, atMeetingId));
    }

    public void Cancel(string reason) => StopBeforeItIsHeld(MeetingStatus.Cancelled, reason, "cancelled");

    public void Postpone(string reason) => StopBeforeItIsHeld(MeetingStatus.Postponed, reason, "postponed");

    private void StopBeforeItIsHeld(MeetingStatus status, string reason, string verb)
    {
        if (Status is not (MeetingStatus.Scheduled or MeetingStatus.AgendaPublished))
            throw new DomainException($"A meeting that is {StatusName(Status).ToLowerInvariant()} cannot be {verb}.");
        StatusReason = Guard.Required(reason, $"The reason the meeting is {verb}", 500);
        Status = status;
        Raise(status == MeetingStatus.Cancelled ? new MeetingCancelled(StatusReason) : new MeetingPostponed(StatusReason));
    }

    /// <summary>Adds an item while the agenda is being built; after publication an item is late and goes into a supplement.</summary>
    public AgendaItem AddItem(string number, string title, string? description = null, AgendaItemRole role = AgendaItemRole.Business)
    {
        if (Status is not MeetingStatus.Scheduled && Status is not MeetingStatus.Postponed)
            throw new DomainException(Status == MeetingStatus.AgendaPublished
                ? "The agenda is published: a new item is a late item, added with the reason it is urgent and published in a supplement."
                : $"Items cannot be added to a meeting that is {StatusName(Status).ToLowerInvariant()}.");
        return Add(number, title, description, role);
    }

    private AgendaItem Add(string number, string title, string? description, AgendaItemRole role = AgendaItemRole.Business)
    {
        number = AgendaItemNumber.Normalise(number);
        RefuseClash(number);
        if (role != AgendaItemRole.Business && _items.Any(i => i.Role == role))
            throw new DomainException($"This agenda already has its \"{_items.First(i => i.Role == role).Title}\" item.");
        var item = new AgendaItem(number, title, description, role);
        _items.Add(item);
        return item;
    }

    private void RefuseClash(string number, AgendaItem? except = null)
    {
        if (_items.Any(i => i != except && string.Equals(i.Number, number, StringComparison.OrdinalIgnoreCase)))
            throw new DomainException($"This agenda already has an item {number}: choose another number, or renumber that item first.");
    }

    private void RequireAgendaOpen(string action)
    {
        if (Status is not (MeetingStatus.Scheduled or MeetingStatus.Postponed))
            throw new DomainException(Status == MeetingStatus.AgendaPublished
                ? $"The agenda is published, so its items cannot be {action}: published papers stay as they were, and changes go into a supplement."
                : $"The items of a meeting that is {StatusName(Status).ToLowerInvariant()} cannot be {action}.");
    }

    /// <summary>Gives an item (and its parts: 8(a), 8(b) follow 8) a new number before the agenda is published.</summary>
    public void Renumber(AgendaItem item, string number)
    {
        number = AgendaItemNumber.Normalise(number);
        // Keeping the number is no renumbering: the item's form posts its number at every save, after publication too.
        if (string.Equals(number, item.Number, StringComparison.OrdinalIgnoreCase)) return;
        RequireAgendaOpen("renumbered");
        if (AgendaItemNumber.IsUnder(number, item.Number))
            throw new DomainException($"Item {item.Number} cannot be renumbered as one of its own parts ({number}).");
        var family = _items.Where(i => AgendaItemNumber.IsUnder(i.Number, item.Number)).ToList();
        foreach (var part in family)
            RefuseClash(number + part.Number[item.Number.Length..], except: null);
        foreach (var part in family) part.Renumber(number + part.Number[item.Number.Length..]);
    }

    /// <summary>Moves an item up or down the agenda by exchanging numbers with its neighbour at the same level,
    /// each taking its parts with it.</summary>
    public void Move(AgendaItem item, bool up)
    {
        RequireAgendaOpen("reordered");
        var parent = AgendaItemNumber.Parent(item.Number);
        var siblings = _items.Where(i => AgendaItemNumber.Parent(i.Number) == parent).OrderBy(i => i.SortKey, StringComparer.Ordinal).ToList();
        var at = siblings.IndexOf(item);
        var other = up ? (at > 0 ? siblings[at - 1] : null) : (at < siblings.Count - 1 ? siblings[at + 1] : null);
        if (other is null) throw new DomainException($"Item {item.Number} is already {(up ? "first" : "last")} at its level.");
        var (mine, theirs) = (item.Number, other.Number);
        var myFamily = _items.Where(i => AgendaItemNumber.IsUnder(i.Number, mine)).ToList();
        var theirFamily = _items.Where(i => AgendaItemNumber.IsUnder(i.Number, theirs)).ToList();
        foreach (var part in myFamily) part.Renumber(theirs + part.Number[mine.Length..]);
        foreach (var part in theirFamily) part.Renumber(mine + part.Number[theirs.Length..]);
        Raise(new ItemMoved(item.Title, up, item.Number));
    }

    /// <summary>Takes an item off an agenda that is not yet published.</summary>
    public void Remove(AgendaItem item)
    {
        RequireAgendaOpen("removed");
        if (_items.Any(i => i != item && AgendaItemNumber.IsUnder(i.Number, item.Number)))
            throw new DomainException($"Item {item.Number} has parts ({string.Join(", ", _items.Where(i => i != item && AgendaItemNumber.IsUnder(i.Number, item.Number)).Select(i => i.Number))}): remove them first.");
        if (item.Documents.Count > 0)
            throw new DomainException($"Item {item.Number} has papers attached: remove or move them before removing the item.");
        // Taken from the agenda, the item is deleted with it (a required relationship's orphan).
        _items.Remove(item);
        Raise(new ItemRemoved(item.Number, item.Title));
    }

    /// <summary>
    /// Keeps the item "Exclusion of the press and public" in step with the exempt items: it names each exempt item and
    /// its Schedule 12A paragraph, since the public may be excluded only by such a resolution (s.100A(4)). It is placed
    /// just before the first exempt item.
    /// </summary>
    internal AgendaItem? ProvideForExclusion(string title, Func<IReadOnlyList<AgendaItem>, string> resolutionWording)
    {
        var exempt = _items.Where(i => i.IsExempt).OrderBy(i => i.SortKey, StringComparer.Ordinal).ToList();
        var exclusion = _items.FirstOrDefault(i => i.Role == AgendaItemRole.Exclusion);
        if (exempt.Count == 0)
        {
            // No exempt business left: an exclusion item with nothing to exclude goes, while the agenda is open.
            if (exclusion is not null && Status is MeetingStatus.Scheduled or MeetingStatus.Postponed && exclusion.Documents.Count == 0)
            {
                _items.Remove(exclusion);
                return null;
            }
            return exclusion;
        }
        if (exclusion is not null)
        {
            exclusion.Describe(exclusion.Title, resolutionWording(exempt));
            return exclusion;
        }
        RequireAgendaOpen("given an exclusion item");
        var first = exempt[0];
        var top = int.Parse(new string(first.Number.TakeWhile(char.IsDigit).ToArray()));
        // Make room: every item from the first exempt one onwards moves down one number.
        foreach (var later in _items.Where(i => TopNumber(i) >= top).OrderByDescending(i => i.SortKey, StringComparer.Ordinal).ToList())
            later.Renumber((TopNumber(later) + 1) + later.Number[TopNumber(later).ToString().Length..]);
        return Add(top.ToString(), title, resolutionWording(exempt), AgendaItemRole.Exclusion);

        static int TopNumber(AgendaItem i) => int.Parse(new string(i.Number.TakeWhile(char.IsDigit).ToArray()));
    }

    /// <summary>A resolution of the meeting on one of its items; on a budget decision every vote is recorded by name.</summary>
    public Resolution Resolve(AgendaItem item, string text, Vote? vote = null)
    {
        if (item.IsBudgetDecision) Vote.RequireNames(vote, $"Item {item.Number}");
        if (vote is not null) CheckVoters(item, vote);
        return item.Resolve(text, vote);
    }

    public AgendaItem Item(string number) =>
        _items.FirstOrDefault(i => string.Equals(i.Number, AgendaItemNumber.Normalise(number), StringComparison.OrdinalIgnoreCase))
        ?? throw new DomainException($"This agenda has no item {number}.");

    #region Items and their papers

    /// <summary>The clerk's edit of an item: its number, title, description, exemption and whether it is a budget
    /// decision. Once the agenda is out, the title and description stay as published (a correction goes in a late item
    /// or a paper). The item "Exclusion of the press and public" is kept in step with the exempt items: added, reworded,
    /// or (while the agenda is open, and when nothing is exempt any more) taken off.</summary>
    public AgendaItem ReviseItem(AgendaItem item, ItemDetails details, ExclusionWording exclusion)
    {
        Own(item);
        if (Status is not (MeetingStatus.Scheduled or MeetingStatus.Postponed) &&
            (details.Title?.Trim() != item.Title || (details.Description ?? "").Replace("\r\n", "\n").Trim() != item.Description))
            throw new DomainException("The agenda is published, so the item's title and description stay as published. Put a correction in a late item or a paper.");
        if (!string.IsNullOrWhiteSpace(details.Number)) Renumber(item, details.Number);
        item.Describe(details.Title, details.Description);
        if (details.ExemptParagraph is > 0) item.MarkExempt(details.ExemptParagraph.Value, details.PublicInterest!, details.Access);
        else if (item.IsExempt) item.MakePublic();
        item.MarkAsBudgetDecision(details.BudgetDecision);
        ProvideForExclusion(exclusion.Title, exclusion.Resolution);
        Raise(new ItemRevised(item.Id, item.Number, item.Title, item.ExemptParagraph));
        return item;
    }

    /// <summary>Makes an item a budget decision (or not): every vote on it, and on every amendment to it, is then
    /// recorded by name. An item whose votes were recorded as a budget decision stays one.</summary>
    public void MarkAsBudgetDecision(AgendaItem item, bool isBudgetDecision = true)
    {
        Own(item);
        item.MarkAsBudgetDecision(isBudgetDecision);
        Raise(new ItemMarkedAsBudgetDecision(item.Id, item.Number, isBudgetDecision));
    }

    /// <summary>Writes a paper on an item, as a draft on its way to approval.</summary>
    public Document WritePaper(AgendaItem item, string title, DocumentKind kind, string? author, string body)
    {
        Own(item);
        var paper = item.AttachDocument(Document.Written(title, kind, author, body));
        Raise(new PaperWritten(item.Id, item.Number, paper.Title));
        return paper;
    }

    /// <summary>Uploads a paper on an item as a file, as a draft on its way to approval.</summary>
    public Document UploadPaper(AgendaItem item, string title, DocumentKind kind, string? author, string fileName, byte[] content)
    {
        Own(item);
        var paper = item.AttachDocument(Document.Uploaded(title, kind, author, fileName, content));
        Raise(new PaperUploaded(item.Id, item.Number, paper.Title, paper.FileName!));
        return paper;
    }

    /// <summary>For the record of past meetings (the demo council, an import): a paper written, approved and
    /// published on the day given, exempt itself under a paragraph of Schedule 12A if one is given.</summary>
    public Document RecordPublishedPaper(AgendaItem item, string title, DocumentKind kind, string? author, string body, DateOnly publishedOn, int? exemptParagraph = null)
    {
        var paper = WritePaper(item, title, kind, author, body);
        if (exemptParagraph is { } paragraph) paper.ExemptUnder(paragraph);
        paper.Approve().PublishedAt(publishedOn);
        Raise(new PaperApproved(item.Id, paper.Id, paper.Title, Published: true));
        return paper;
    }

    public Document SubmitPaper(int paperId)
    {
        var paper = Paper(paperId).Submit();
        Raise(new PaperSubmitted(paper.AgendaItemId, paper.Id, paper.Title));
        return paper;
    }

    /// <summary>Approves a paper for publication. A paper that still has a blank of the report template is refused. A
    /// paper approved after the agenda is out is published at once, on <paramref name="today"/>: a paper "to follow";
    /// before then, it is published with the agenda.</summary>
    public Document ApprovePaper(int paperId, DateOnly today)
    {
        var paper = Paper(paperId);
        if (TemplateBlanks.FirstIn(paper.Body) is { } blank)
            throw new DomainException($"\"{paper.Title}\" still has the template's placeholder {blank}: fill it in or delete it before approving the paper for publication.");
        paper.Approve();
        if (Status is not (MeetingStatus.Scheduled or MeetingStatus.Postponed)) paper.PublishedAt(today);
        Raise(new PaperApproved(paper.AgendaItemId, paper.Id, paper.Title, paper.IsPublished));
        return paper;
    }

    /// <summary>Sends a paper back to its author before it is published.</summary>
    public Document ReturnPaper(int paperId)
    {
        var paper = Paper(paperId);
        paper.ReturnToDraft();
        Raise(new PaperReturnedToDraft(paper.AgendaItemId, paper.Id, paper.Title));
        return paper;
    }

    /// <summary>Writes (or corrects, until they are signed) an item's minutes: its minute number, the minutes, the
    /// words before its resolutions and, for an exempt item, the written summary for the public (s.100C(2)).</summary>
    public AgendaItem MinuteItem(AgendaItem item, string? minuteNumber, string minutes, string? preamble, string? publicSummary = null)
    {
        Own(item);
        item.RecordMinutes(minuteNumber, minutes);
        item.IntroduceResolutionsWith(preamble);
        if (item.IsExempt && !string.IsNullOrWhiteSpace(publicSummary)) item.SummariseForThePublic(publicSummary);
        Raise(new ItemMinuted(item.Id, item.Number, item.MinuteNumber));
        return item;
    }

    /// <summary>Sets the words that introduce an item's resolutions, such as "Resolved that the Committee:".</summary>
    public void IntroduceResolutions(AgendaItem item, string? preamble)
    {
        Own(item);
        item.IntroduceResolutionsWith(preamble);
        Raise(new ResolutionsIntroduced(item.Id, item.Number, item.ResolutionPreamble));
    }

    public Declaration DeclareInterest(AgendaItem item, int personId, InterestKind kind, string nature, bool leftTheRoom, bool dispensationGranted = false)
    {
        Own(item);
        var declaration = item.DeclareInterest(personId, kind, nature, leftTheRoom, dispensationGranted);
        Raise(new InterestDeclared(item.Id, item.Number, personId, kind));
        return declaration;
    }

    /// <summary>Takes back a declaration recorded in error, before the minutes are signed.</summary>
    public void RemoveDeclaration(AgendaItem item, int declarationId)
    {
        Own(item);
        item.RemoveDeclaration(declarationId);
        Raise(new DeclarationRemoved(item.Id, item.Number, declarationId));
    }

    /// <summary>Records a resolution the meeting reached on an item, as the clerk minutes it (see <see cref="Resolve"/>).</summary>
    public Resolution RecordResolution(AgendaItem item, string text, Vote? vote)
    {
        Own(item);
        var resolution = Resolve(item, text, vote);
        Raise(new ResolutionRecorded(item.Id, item.Number, resolution.Number));
        return resolution;
    }

    /// <summary>
    /// The decision the meeting took on one of its items, for the decision register: the item's resolutions under their
    /// preamble, as the decision of the committee that met (the Cabinet's is an executive decision, open to call-in from
    /// publication; any other committee's is not). Only business makes a decision: the procedural items (apologies,
    /// declarations, the previous minutes, urgent matters, the exclusion of the public) do not. The one way a meeting's
    /// decision is recorded, by the clerk and by any seeding alike.
    /// </summary>
    public Decision PublishDecision(Committee body, AgendaItem item, string? reasons, DateTime publishedAt, string? alternativesRejected = null)
    {
        Own(item);
        if (body.Id != CommitteeId) throw new DomainException("A meeting's decision is the decision of the committee that met.");
        if (Status is not (MeetingStatus.Held or MeetingStatus.DraftMinutesPublished or MeetingStatus.MinutesApproved))
            throw new DomainException("A meeting's decisions are published once it has been held.");
        if (item.Role != AgendaItemRole.Business)
            throw new DomainException($"Item {item.Number}, {item.Title}, is procedural: it makes no decision for the register.");
        if (item.Resolutions.Count == 0)
            throw new DomainException($"Item {item.Number} has no resolution: record what the meeting resolved before publishing its decision.");
        var resolutions = item.Resolutions.OrderBy(r => r.Number).Select(r => item.Resolutions.Count == 1 ? r.Text : $"{r.Number}. {r.Text}");
        var text = string.Join("\n\n", new[] { item.ResolutionPreamble }.Concat(resolutions).Where(t => !string.IsNullOrWhiteSpace(t)));
        // The record names the interests declared on the item (SI 2012/2089 reg 13(c)), one entry a member, with any dispensation.
        var conflicts = item.Declarations.GroupBy(d => d.PersonId).Select(g => new DeclaredConflictLine(g.Key,
            string.Join(" ", g.Select(d => $"{Declaration.KindName(d.Kind)}: {d.Nature.TrimEnd('.')}.")),
            g.Any(d => d.DispensationGranted) ? "A dispensation was granted." : null));
        return new Decision(body.Name, item.Title, text,
            string.IsNullOrWhiteSpace(reasons) ? "As set out in the report to the meeting and in its minutes." : reasons,
            DateOnly.FromDateTime(StartsAt), publishedAt, alternativesRejected, conflicts,
            meetingId: Id, agendaItemId: item.Id, isExecutive: body.Kind == CommitteeKind.Executive);
    }

    /// <summary>Takes back a resolution recorded in error, before the minutes are signed; the later ones move up a number.</summary>
    public void RemoveResolution(AgendaItem item, int number)
    {
        Own(item);
        item.RemoveResolution(number);
        Raise(new ResolutionRemoved(item.Id, item.Number, number));
    }

    private void Own(AgendaItem item)
    {
        if (!_items.Contains(item)) throw new DomainException("That item is not on this meeting's agenda.");
    }

    #endregion

    public Attendance RecordAttendance(int personId, AttendanceKind kind, int? substituteForPersonId = null, string? note = null)
    {
        if (Status is MeetingStatus.Cancelled or MeetingStatus.Postponed)
            throw new DomainException("Attendance is not recorded for a meeting that did not take place.");
        if (_attendance.Any(a => a.PersonId == personId))
            throw new DomainException("That person's attendance is already recorded for this meeting.");
        if (kind == AttendanceKind.Substitute && substituteForPersonId is null)
            throw new DomainException("A substitute must be recorded with the member they substitute for.");
        if (kind != AttendanceKind.Substitute && substituteForPersonId is not null)
            throw new DomainException("Only a substitute substitutes for another member.");
        if (substituteForPersonId == personId)
            throw new DomainException("A member cannot substitute for themselves.");
        if (substituteForPersonId is { } member && _attendance.Any(a => a.PersonId == member && a.Kind is AttendanceKind.Present or AttendanceKind.Virtual))
            throw new DomainException("A substitute stands in for a member who is not there; that member is recorded as present.");
        var record = new Attendance(personId, kind, substituteForPersonId, note);
        _attendance.Add(record);
        return record;
    }

    /// <summary>Once the register is taken, only members there may vote: not those with apologies or absent, not
    /// officers or guests in attendance, not a member who left the room for the item after declaring an interest;
    /// and the counts cannot exceed the members there.</summary>
    /// <summary>Who is there to vote: members present in the room or online, and substitutes; not those with
    /// apologies, absent, or in attendance only (officers, guests).</summary>
    public static readonly IReadOnlyList<AttendanceKind> VotingKinds = [AttendanceKind.Present, AttendanceKind.Virtual, AttendanceKind.Substitute];

    public void CheckVoters(AgendaItem item, Vote vote)
    {
        if (_attendance.Count == 0) return; // the register is not taken yet: nothing to check against
        var voters = _attendance.Where(a => VotingKinds.Contains(a.Kind))
            .Select(a => a.PersonId).Except(item.Declarations.Where(d => d.LeftTheRoom).Select(d => d.PersonId)).ToHashSet();
        var notThere = (vote.Names ?? []).Where(n => !voters.Contains(n.PersonId)).ToList();
        if (notThere.Count > 0)
            throw new DomainException($"{notThere.Count} of the names recorded could not vote on item {item.Number}: only members present (or substituting) may vote, not those with apologies, absent, in attendance only, or out of the room for the item. Check the attendance.");
        if (vote.For + vote.Against + vote.Abstentions > voters.Count)
            throw new DomainException($"The vote adds up to {vote.For + vote.Against + vote.Abstentions}, but only {voters.Count} members present could vote on item {item.Number}.");
    }

    /// <summary>Sets (or, with no kind, clears) one person's attendance, as the clerk corrects the register before the
    /// minutes are signed.</summary>
    public void SetAttendance(int personId, AttendanceKind? kind, int? substituteForPersonId = null, string? note = null)
    {
        if (Status == MeetingStatus.MinutesApproved)
            throw new DomainException("The minutes are signed: the attendance they record cannot be changed.");
        var existing = _attendance.FirstOrDefault(a => a.PersonId == personId);
        if (existing is not null && kind == existing.Kind && substituteForPersonId == existing.SubstituteForPersonId) return;
        if (existing is not null) _attendance.Remove(existing);
        if (kind is { } k) RecordAttendance(personId, k, substituteForPersonId, note);
    }

    public void RecordLeftDuring(int personId, string itemNumber)
    {
        if (Status == MeetingStatus.MinutesApproved)
            throw new DomainException("The minutes are signed: the attendance they record cannot be changed.");
        var record = _attendance.FirstOrDefault(a => a.PersonId == personId && a.WasThere)
            ?? throw new DomainException("Only someone recorded as present can leave the meeting.");
        var item = Item(itemNumber);
        record.LeftDuring(item.Number);
        Raise(new LeftDuringItem(personId, item.Number));
    }

    // ---------- The clerk's steps on the agenda, the minutes and the register (issue 10): each raises its event ----------

    /// <summary>Adds an item as the clerk's agenda stands: while it is being built, to the agenda; once published, as a
    /// late item in a supplement, with the reason it is urgent.</summary>
    public AgendaItem AddToAgenda(string number, string title, string? description, string? urgencyReason, DateTime now)
    {
        if (Status == MeetingStatus.AgendaPublished)
        {
            var late = AddLateItem(number, title, description, urgencyReason!, now);
            Raise(new SupplementPublished(late.Number, late.Title, late.UrgencyReason!));
            return late;
        }
        var item = AddItem(number, title, description);
        Raise(new ItemAdded(item.Number, item.Title));
        return item;
    }

    /// <summary>One of the items on its agenda, by id.</summary>
    public AgendaItem ItemById(int itemId) =>
        _items.FirstOrDefault(i => i.Id == itemId) ?? throw new DomainException("That item is not on this agenda.");

    /// <summary>
    /// At this meeting the item "Minutes of the previous meeting" approves the minutes of <paramref name="previous"/>,
    /// the committee's meeting before it; the person presiding signs them, and from then on they are the record
    /// (LGA 1972 Sch 12 para 41(1)). This meeting is resolved so, in the council's <paramref name="resolutionFor"/> words.
    /// </summary>
    public void ApprovePreviousMinutes(Meeting? previous, string? signedBy, Func<DateTime, string> resolutionFor)
    {
        if (Status is not (MeetingStatus.Held or MeetingStatus.DraftMinutesPublished))
            throw new DomainException("The previous meeting's minutes are approved at this meeting: record this meeting as held first.");
        var item = _items.FirstOrDefault(i => i.Role == AgendaItemRole.PreviousMinutes)
            ?? throw new DomainException("This agenda has no item \"Minutes of the previous meeting\".");
        if (previous is null) throw new DomainException("This is the committee's first meeting: there are no earlier minutes to approve.");
        if (previous.CommitteeId != CommitteeId || previous.StartsAt >= StartsAt)
            throw new DomainException("Only the minutes of an earlier meeting of the same committee are approved at this meeting.");
        if (string.IsNullOrWhiteSpace(signedBy)) throw new DomainException("Enter the name of the person presiding, who signs the minutes.");
        previous.ApproveMinutes(DateOnly.FromDateTime(StartsAt), signedBy, Id);
        item.Resolve(resolutionFor(previous.StartsAt));
        Raise(new PreviousMinutesApproved(previous.Id, previous.StartsAt, previous.MinutesSignedBy!));
    }

    /// <summary>Minutes are numbered through the municipal year (May to May): once every item is minuted, this meeting's
    /// items, in agenda order, continue from <paramref name="lastNumberThisYear"/>, the committee's last number that year
    /// before it. Numbering comes before publication, which needs it; numbering again after a late correction is harmless.</summary>
    public void NumberMinutes(int lastNumberThisYear)
    {
        Require(MeetingStatus.Held, "have its minutes numbered");
        RequireEveryItemMinuted("numbering them");
        var number = lastNumberThisYear;
        foreach (var item in Ordered) item.NumberMinute(++number);
        Raise(new MinutesNumbered(Ordered[0].MinuteNumber!, Ordered[^1].MinuteNumber!));
    }

    private List<AgendaItem> Ordered => [.. _items.OrderBy(i => i.SortKey, StringComparer.Ordinal)];

    /// <summary>The minutes record every item of business, even if only "No interests were declared": an item left out
    /// would be missing from the signed record, and from its numbering.</summary>
    private void RequireEveryItemMinuted(string step)
    {
        var unminuted = Ordered.Where(i => !i.IsMinuted).Select(i => i.Number).ToList();
        if (unminuted.Count == 0) return;
        throw new DomainException(unminuted.Count == _items.Count
            ? $"No item has minutes yet: write the minutes first, for every item, before {step}."
            : $"{Numbered(unminuted)} {(unminuted.Count == 1 ? "has" : "have")} no minutes yet: write the minutes first, for every item (even if only \"No interests were declared\"), before {step}.");
    }

    private static string Numbered(IReadOnlyList<string> numbers) =>
        (numbers.Count == 1 ? "Item " : "Items ") + (numbers.Count == 1 ? numbers[0] : string.Join(", ", numbers.Take(numbers.Count - 1)) + " and " + numbers[^1]);

    /// <summary>The last of a committee's minute numbers ("13", "13.1" counts as 13); 0 when there is none. A number
    /// written otherwise (a historic "A12") does not count.</summary>
    public static int LastMinuteNumber(IEnumerable<string?> minuteNumbers) =>
        minuteNumbers.Select(n => int.TryParse(n?.Split('.')[0], out var number) ? number : 0).DefaultIfEmpty(0).Max();

    /// <summary>Takes (or corrects) the members' register: each member's attendance, or none to clear it.</summary>
    public void RecordRegister(IReadOnlyDictionary<int, AttendanceKind?> register)
    {
        foreach (var (personId, kind) in register) SetAttendance(personId, kind);
        Raise(new AttendanceRecorded(null));
    }

    /// <summary>Adds a substitute, or someone in attendance (an officer, a guest), to the register.</summary>
    public void AddToRegister(int personId, AttendanceKind kind, int? substituteForPersonId)
    {
        if (_attendance.FirstOrDefault(a => a.PersonId == personId) is { } already)
            throw new DomainException($"That person is already recorded ({already.Kind switch { AttendanceKind.InAttendance => "in attendance", AttendanceKind.Substitute => "as a substitute", var k => k.ToString().ToLowerInvariant() }}): change a member in the register above, or remove the entry below first.");
        SetAttendance(personId, kind, substituteForPersonId);
        Raise(new AttendanceRecorded(personId));
    }

    /// <summary>Takes an entry made in error off the register.</summary>
    public void RemoveFromRegister(int personId)
    {
        SetAttendance(personId, null);
        Raise(new AttendanceRecorded(personId));
    }

    private void Require(MeetingStatus expected, string action)
    {
        if (Status != expected)
            throw new DomainException($"A meeting that is {StatusName(Status).ToLowerInvariant()} cannot {action}.");
    }

    public static string StatusName(MeetingStatus status) => status switch
    {
        MeetingStatus.Scheduled => "Scheduled",
        MeetingStatus.AgendaPublished => "Agenda published",
        MeetingStatus.Held => "Held",
        MeetingStatus.DraftMinutesPublished => "Draft minutes published",
        MeetingStatus.MinutesApproved => "Minutes approved",
        MeetingStatus.Cancelled => "Cancelled",
        _ => "Postponed",
    };
}

public enum AttendanceKind { Present, Virtual, Apologies, Absent, Substitute, InAttendance }

public sealed class Attendance
{
    private Attendance() { }

    internal Attendance(int personId, AttendanceKind kind, int? substituteForPersonId, string? note)
    {
        PersonId = personId;
        Kind = kind;
        SubstituteForPersonId = substituteForPersonId;
        Note = Guard.Optional(note, "Attendance note", 300);
    }

    public int Id { get; private set; }
    public int MeetingId { get; private set; }
    public int PersonId { get; private set; }
    public AttendanceKind Kind { get; private set; }
    public int? SubstituteForPersonId { get; private set; }
    public string? LeftDuringItem { get; private set; }
    public string? Note { get; private set; }

    public bool WasThere => Kind is AttendanceKind.Present or AttendanceKind.Virtual or AttendanceKind.Substitute or AttendanceKind.InAttendance;

    internal void LeftDuring(string itemNumber) => LeftDuringItem = itemNumber;
}
