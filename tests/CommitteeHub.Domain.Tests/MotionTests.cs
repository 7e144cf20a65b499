namespace CommitteeHub.Domain.Tests;

public class MotionTests
{
    private const int Mover = 1, Seconder = 2, Amender = 3, AmendSeconder = 4;
    private static readonly DateOnly Received = new(2025, 2, 3);
    private static readonly DateOnly Tabled = new(2025, 2, 25);

    private const string Original = "That this Council supports the high street.";
    private const string Strongly = "That this Council strongly supports the high street.";
    private const string Markets = "That this Council supports the high street and its markets.";

    private static readonly DateOnly MeetingDay = new(2025, 2, 27);
    private static readonly ProcedureRules Rules = new();

    /// <summary>The meeting whose agenda carries item 44, where the votes on the motion are taken.</summary>
    private static readonly Meeting At = AMeeting.Carrying(44);

    private static void PlaceOnAgenda(Motion motion, int itemId) =>
        motion.PlaceOnAgenda(itemId, MeetingDay, Rules, WorkingCalendar.EnglandAndWales);

    private static Motion AMotion() => new("Supporting the high street", Mover, Seconder, Original, Received);

    private static Motion AMotionThat(MotionStatus status)
    {
        var motion = AMotion();
        if (status == MotionStatus.Received) return motion;
        PlaceOnAgenda(motion, 44);
        if (status == MotionStatus.OnAgenda) return motion;
        if (status == MotionStatus.Referred) { motion.Refer("Economy Scrutiny Committee"); return motion; }
        if (status == MotionStatus.Withdrawn) { motion.Withdraw(); return motion; }
        motion.Move();
        if (status == MotionStatus.Carried) motion.Carry();
        if (status == MotionStatus.Lost) motion.Lose();
        Assert.Equal(status, motion.Status);
        return motion;
    }

    private static Amendment Table(Motion motion, string text) => motion.TableAmendment(Amender, AmendSeconder, text, Tabled);

    [Fact]
    public void A_notice_of_motion_is_received_with_its_mover_seconder_and_words()
    {
        var motion = new Motion("  Supporting the high street ", Mover, Seconder, Original + "\r\n", Received);

        Assert.Equal(MotionStatus.Received, motion.Status);
        Assert.Equal("Supporting the high street", motion.Title);
        Assert.Equal(Mover, motion.MoverId);
        Assert.Equal(Seconder, motion.SeconderId);
        Assert.Equal(Original, motion.Text);
        Assert.Equal(Original, motion.CurrentText);
        Assert.Null(motion.SubstantiveText);
        Assert.Equal(Received, motion.ReceivedOn);
        Assert.False(motion.IsDecided);
        Assert.Empty(motion.Amendments);
    }

    [Fact]
    public void A_motion_may_be_received_without_a_seconder() =>
        Assert.Null(new Motion("Supporting the high street", Mover, null, Original, Received).SeconderId);

    [Fact]
    public void A_motion_cannot_be_seconded_by_its_mover() =>
        Refused.Because("cannot be seconded by its mover", () => new Motion("Supporting the high street", Mover, Mover, Original, Received));

    [Fact]
    public void A_motion_needs_a_title_and_words()
    {
        Refused.Because("Motion title is required", () => new Motion(" ", Mover, Seconder, Original, Received));
        Refused.Because("Motion text is required", () => new Motion("Supporting the high street", Mover, Seconder, " ", Received));
    }

    [Fact]
    public void A_motion_runs_its_whole_course_from_notice_to_carried()
    {
        var motion = AMotion();

        PlaceOnAgenda(motion, 44);
        Assert.Equal(MotionStatus.OnAgenda, motion.Status);
        Assert.Equal(44, motion.AgendaItemId);

        motion.Move();
        Assert.Equal(MotionStatus.Moved, motion.Status);

        Table(motion, "That this Council opposes the high street.");
        motion.MoveAmendment(1);
        motion.LoseAmendment(1, At);
        Assert.Equal(Original, motion.CurrentText);

        var second = Table(motion, Strongly);
        Assert.Equal(Original, second.BasedOnText);
        motion.MoveAmendment(2);
        motion.CarryAmendment(2, At);
        Assert.Equal(Strongly, motion.CurrentText);

        var third = Table(motion, "That this Council strongly supports the high street and its markets.");
        Assert.Equal(Strongly, third.BasedOnText);
        motion.MoveAmendment(3);
        motion.CarryAmendment(3, At);

        motion.Carry();

        Assert.Equal(MotionStatus.Carried, motion.Status);
        Assert.True(motion.IsDecided);
        Assert.Equal(Original, motion.Text);
        Assert.Equal("That this Council strongly supports the high street and its markets.", motion.CurrentText);
        Assert.Equal([AmendmentStatus.Lost, AmendmentStatus.Carried, AmendmentStatus.Carried], motion.Amendments.Select(a => a.Status));
    }

    [Fact]
    public void A_moved_motion_can_be_lost()
    {
        var motion = AMotionThat(MotionStatus.Moved);

        motion.Lose();

        Assert.Equal(MotionStatus.Lost, motion.Status);
        Assert.True(motion.IsDecided);
    }

    [Theory]
    [InlineData(MotionStatus.OnAgenda)]
    [InlineData(MotionStatus.Moved)]
    [InlineData(MotionStatus.Carried)]
    [InlineData(MotionStatus.Withdrawn)]
    public void Only_a_motion_just_received_can_be_placed_on_an_agenda(MotionStatus status)
    {
        var motion = AMotionThat(status);

        Refused.Because("cannot be placed on an agenda", () => PlaceOnAgenda(motion, 45));
        Assert.Equal(status, motion.Status);
    }

    [Theory]
    [InlineData(MotionStatus.Received, "received")]
    [InlineData(MotionStatus.Moved, "moved")]
    [InlineData(MotionStatus.Lost, "lost")]
    public void Only_a_motion_on_the_agenda_can_be_moved(MotionStatus status, string statusWords)
    {
        var motion = AMotionThat(status);

        Refused.Because($"A motion that is {statusWords} cannot be moved", () => motion.Move());
        Assert.Equal(status, motion.Status);
    }

    [Theory]
    [InlineData(MotionStatus.Received)]
    [InlineData(MotionStatus.OnAgenda)]
    [InlineData(MotionStatus.Carried)]
    [InlineData(MotionStatus.Lost)]
    [InlineData(MotionStatus.Withdrawn)]
    [InlineData(MotionStatus.Referred)]
    public void Only_a_moved_motion_can_be_carried_or_lost(MotionStatus status)
    {
        var motion = AMotionThat(status);

        Refused.Because("cannot be carried", () => motion.Carry());
        Refused.Because("cannot be lost", () => motion.Lose());
        Assert.Equal(status, motion.Status);
    }

    [Fact]
    public void A_motion_on_the_agenda_is_described_as_on_the_agenda() =>
        Refused.Because("A motion that is on the agenda cannot be carried", () => AMotionThat(MotionStatus.OnAgenda).Carry());

    [Fact]
    public void A_motion_cannot_be_decided_while_an_amendment_is_being_debated()
    {
        var motion = AMotionThat(MotionStatus.Moved);
        Table(motion, Strongly);
        motion.MoveAmendment(1);

        Refused.Because("An amendment is still being debated", () => motion.Carry());
        Refused.Because("An amendment is still being debated", () => motion.Lose());
        Assert.Equal(MotionStatus.Moved, motion.Status);
    }

    [Theory]
    [InlineData(MotionStatus.Received)]
    [InlineData(MotionStatus.OnAgenda)]
    [InlineData(MotionStatus.Moved)]
    public void The_mover_can_withdraw_an_undecided_motion(MotionStatus status)
    {
        var motion = AMotionThat(status);

        motion.Withdraw();

        Assert.Equal(MotionStatus.Withdrawn, motion.Status);
        Assert.True(motion.IsDecided);
    }

    [Theory]
    [InlineData(MotionStatus.Carried, "carried")]
    [InlineData(MotionStatus.Lost, "lost")]
    [InlineData(MotionStatus.Withdrawn, "withdrawn")]
    [InlineData(MotionStatus.Referred, "referred")]
    public void A_decided_motion_cannot_be_withdrawn(MotionStatus status, string statusWords)
    {
        var motion = AMotionThat(status);

        Refused.Because($"A motion that is {statusWords} cannot be withdrawn", () => motion.Withdraw());
        Assert.Equal(status, motion.Status);
    }

    [Theory]
    [InlineData(MotionStatus.OnAgenda)]
    [InlineData(MotionStatus.Moved)]
    public void A_motion_on_the_agenda_or_moved_can_be_referred_to_another_body(MotionStatus status)
    {
        var motion = AMotionThat(status);

        motion.Refer("  Economy Scrutiny Committee ");

        Assert.Equal(MotionStatus.Referred, motion.Status);
        Assert.Equal("Economy Scrutiny Committee", motion.ReferredTo);
        Assert.True(motion.IsDecided);
    }

    [Theory]
    [InlineData(MotionStatus.Received)]
    [InlineData(MotionStatus.Carried)]
    [InlineData(MotionStatus.Referred)]
    public void A_motion_not_before_the_meeting_cannot_be_referred(MotionStatus status)
    {
        var motion = AMotionThat(status);

        Refused.Because("cannot be referred", () => motion.Refer("Cabinet"));
        Assert.Equal(status, motion.Status);
    }

    [Fact]
    public void A_referral_names_the_body_it_goes_to()
    {
        var motion = AMotionThat(MotionStatus.Moved);

        Refused.Because("body the motion is referred to is required", () => motion.Refer(" "));
        Assert.Equal(MotionStatus.Moved, motion.Status);
    }

    [Theory]
    [InlineData(MotionStatus.Received)]
    [InlineData(MotionStatus.OnAgenda)]
    [InlineData(MotionStatus.Moved)]
    public void Amendments_can_be_tabled_until_the_motion_is_decided(MotionStatus status)
    {
        var motion = AMotionThat(status);

        var first = Table(motion, Strongly);
        var second = Table(motion, Markets);

        Assert.Equal([1, 2], motion.Amendments.Select(a => a.Number));
        Assert.Equal(AmendmentStatus.Tabled, first.Status);
        Assert.Equal(Amender, first.MoverId);
        Assert.Equal(AmendSeconder, first.SeconderId);
        Assert.Equal(Tabled, first.TabledOn);
        Assert.Equal(Original, first.BasedOnText);
        Assert.Equal(Strongly, first.Text);
        Assert.Equal(Markets, second.Text);
        Assert.Equal(Original, motion.CurrentText);
    }

    [Theory]
    [InlineData(MotionStatus.Carried, "carried")]
    [InlineData(MotionStatus.Lost, "lost")]
    [InlineData(MotionStatus.Withdrawn, "withdrawn")]
    [InlineData(MotionStatus.Referred, "referred")]
    public void A_decided_motion_cannot_be_amended(MotionStatus status, string statusWords)
    {
        var motion = AMotionThat(status);

        Refused.Because($"A motion that is {statusWords} cannot be amended", () => Table(motion, Strongly));
        Assert.Empty(motion.Amendments);
    }

    [Fact]
    public void An_amendment_cannot_be_seconded_by_its_mover()
    {
        var motion = AMotionThat(MotionStatus.Moved);

        Refused.Because("cannot be seconded by its mover", () => motion.TableAmendment(Amender, Amender, Strongly, Tabled));
        Assert.Empty(motion.Amendments);
    }

    [Theory]
    [InlineData(Original)]
    [InlineData("  " + Original + "\r\n")]
    public void An_amendment_that_leaves_the_motion_unchanged_is_refused(string text)
    {
        var motion = AMotionThat(MotionStatus.Moved);

        Refused.Because("leaves the motion unchanged", () => Table(motion, text));
        Assert.Empty(motion.Amendments);
    }

    [Fact]
    public void An_amendment_identical_to_the_substantive_motion_is_refused()
    {
        var motion = AMotionThat(MotionStatus.Moved);
        Table(motion, Strongly);
        motion.MoveAmendment(1);
        motion.CarryAmendment(1, At);

        Refused.Because("leaves the motion unchanged", () => Table(motion, Strongly));
        Assert.Single(motion.Amendments);
    }

    [Fact]
    public void An_amendment_needs_the_words_of_the_motion_as_amended() =>
        Refused.Because("motion as amended is required", () => Table(AMotionThat(MotionStatus.Moved), "  "));

    [Theory]
    [InlineData(MotionStatus.Received)]
    [InlineData(MotionStatus.OnAgenda)]
    public void An_amendment_is_moved_only_once_the_motion_has_been_moved(MotionStatus status)
    {
        var motion = AMotionThat(status);
        Table(motion, Strongly);

        Refused.Because("cannot have an amendment moved", () => motion.MoveAmendment(1));
        Assert.Equal(AmendmentStatus.Tabled, motion.Amendments[0].Status);
    }

    [Fact]
    public void Only_one_amendment_is_debated_at_a_time()
    {
        var motion = AMotionThat(MotionStatus.Moved);
        Table(motion, Strongly);
        Table(motion, Markets);
        motion.MoveAmendment(1);

        Refused.Because("Another amendment is being debated", () => motion.MoveAmendment(2));
        Assert.Equal([AmendmentStatus.Moved, AmendmentStatus.Tabled], motion.Amendments.Select(a => a.Status));
    }

    [Fact]
    public void The_next_amendment_can_be_moved_once_the_one_before_is_decided()
    {
        var motion = AMotionThat(MotionStatus.Moved);
        Table(motion, Strongly);
        Table(motion, Markets);
        motion.MoveAmendment(1);
        motion.LoseAmendment(1, At);

        motion.MoveAmendment(2);

        Assert.Equal([AmendmentStatus.Lost, AmendmentStatus.Moved], motion.Amendments.Select(a => a.Status));
    }

    [Fact]
    public void Asking_for_an_amendment_the_motion_does_not_have_is_refused()
    {
        var motion = AMotionThat(MotionStatus.Moved);

        Refused.Because("has no amendment 9", () => motion.MoveAmendment(9));
        Refused.Because("has no amendment 9", () => motion.CarryAmendment(9, At));
        Refused.Because("has no amendment 9", () => motion.LoseAmendment(9, At));
        Refused.Because("has no amendment 9", () => motion.AcceptAmendment(9));
        Refused.Because("has no amendment 9", () => motion.WithdrawAmendment(9));
    }

    [Fact]
    public void An_amendment_that_has_been_decided_cannot_be_moved_again()
    {
        var motion = AMotionThat(MotionStatus.Moved);
        Table(motion, Strongly);
        motion.MoveAmendment(1);
        motion.LoseAmendment(1, At);

        Refused.Because("An amendment that is lost cannot be moved", () => motion.MoveAmendment(1));
    }

    [Fact]
    public void Carrying_an_amendment_makes_it_the_substantive_motion()
    {
        var motion = AMotionThat(MotionStatus.Moved);
        Table(motion, Strongly);
        motion.MoveAmendment(1);

        motion.CarryAmendment(1, At);

        Assert.Equal(AmendmentStatus.Carried, motion.Amendments[0].Status);
        Assert.Equal(Strongly, motion.SubstantiveText);
        Assert.Equal(Strongly, motion.CurrentText);
        Assert.Equal(Original, motion.Text);
        Assert.Equal(MotionStatus.Moved, motion.Status);
    }

    [Fact]
    public void Amendments_tabled_after_one_is_carried_are_read_against_the_substantive_motion()
    {
        var motion = AMotionThat(MotionStatus.Moved);
        Table(motion, Strongly);
        motion.MoveAmendment(1);
        motion.CarryAmendment(1, At);

        var next = Table(motion, "That this Council very strongly supports the high street.");

        Assert.Equal(Strongly, next.BasedOnText);
    }

    [Fact]
    public void A_lost_amendment_leaves_the_motion_unchanged()
    {
        var motion = AMotionThat(MotionStatus.Moved);
        Table(motion, Strongly);
        motion.MoveAmendment(1);

        motion.LoseAmendment(1, At);

        Assert.Equal(AmendmentStatus.Lost, motion.Amendments[0].Status);
        Assert.Null(motion.SubstantiveText);
        Assert.Equal(Original, motion.CurrentText);
        Assert.Equal(Original, Table(motion, Markets).BasedOnText);
    }

    [Fact]
    public void An_amendment_must_be_moved_before_it_is_carried_or_lost()
    {
        var motion = AMotionThat(MotionStatus.Moved);
        Table(motion, Strongly);

        Refused.Because("An amendment that is tabled cannot be carried", () => motion.CarryAmendment(1, At));
        Refused.Because("An amendment that is tabled cannot be lost", () => motion.LoseAmendment(1, At));
        Assert.Equal(AmendmentStatus.Tabled, motion.Amendments[0].Status);
        Assert.Equal(Original, motion.CurrentText);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_mover_can_accept_an_amendment_which_becomes_the_substantive_motion(bool afterItIsMoved)
    {
        var motion = AMotionThat(MotionStatus.Moved);
        Table(motion, Strongly);
        if (afterItIsMoved) motion.MoveAmendment(1);

        motion.AcceptAmendment(1);

        Assert.Equal(AmendmentStatus.AcceptedByMover, motion.Amendments[0].Status);
        Assert.Equal(Strongly, motion.CurrentText);
    }

    [Fact]
    public void An_amendment_already_decided_cannot_be_accepted()
    {
        var motion = AMotionThat(MotionStatus.Moved);
        Table(motion, Strongly);
        motion.MoveAmendment(1);
        motion.LoseAmendment(1, At);

        Refused.Because("An amendment that is lost cannot be accepted", () => motion.AcceptAmendment(1));
        Assert.Equal(Original, motion.CurrentText);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_amendment_can_be_withdrawn_and_the_next_one_moved(bool afterItIsMoved)
    {
        var motion = AMotionThat(MotionStatus.Moved);
        Table(motion, Strongly);
        Table(motion, Markets);
        if (afterItIsMoved) motion.MoveAmendment(1);

        motion.WithdrawAmendment(1);
        motion.MoveAmendment(2);

        Assert.Equal([AmendmentStatus.Withdrawn, AmendmentStatus.Moved], motion.Amendments.Select(a => a.Status));
        Assert.Equal(Original, motion.CurrentText);
    }

    [Fact]
    public void A_carried_amendment_cannot_be_withdrawn()
    {
        var motion = AMotionThat(MotionStatus.Moved);
        Table(motion, Strongly);
        motion.MoveAmendment(1);
        motion.CarryAmendment(1, At);

        Refused.Because("An amendment that is carried cannot be withdrawn", () => motion.WithdrawAmendment(1));
        Assert.Equal(AmendmentStatus.Carried, motion.Amendments[0].Status);
    }

    [Fact]
    public void An_amendment_cannot_be_accepted_once_the_motion_is_carried()
    {
        var motion = AMotionThat(MotionStatus.Moved);
        Table(motion, Strongly);
        motion.Carry();

        Assert.Throws<DomainException>(() => motion.AcceptAmendment(1));
        Assert.Equal(Original, motion.CurrentText);
    }

    [Fact]
    public void An_amendment_cannot_be_carried_once_the_motion_is_withdrawn()
    {
        var motion = AMotionThat(MotionStatus.Moved);
        Table(motion, Strongly);
        motion.MoveAmendment(1);
        motion.Withdraw();

        Assert.Throws<DomainException>(() => motion.CarryAmendment(1, At));
        Assert.Equal(Original, motion.CurrentText);
    }

    [Fact]
    public void Carrying_an_amendment_tabled_before_another_was_carried_does_not_silently_undo_the_first()
    {
        var motion = AMotionThat(MotionStatus.Moved);
        Table(motion, Strongly);
        Table(motion, Markets);
        motion.MoveAmendment(1);
        motion.CarryAmendment(1, At);

        try
        {
            motion.MoveAmendment(2);
            motion.CarryAmendment(2, At);
        }
        catch (DomainException)
        {
            // Refusing a stale amendment (one read against words no longer before the meeting) is a fair remedy.
        }

        Assert.Contains("strongly", motion.CurrentText);
    }

    [Fact]
    public void Statuses_have_names_a_clerk_reads()
    {
        Assert.Equal("On the agenda", Motion.StatusName(MotionStatus.OnAgenda));
        Assert.Equal("Carried", Motion.StatusName(MotionStatus.Carried));
        Assert.Equal("Accepted by the mover", Amendment.StatusName(AmendmentStatus.AcceptedByMover));
        Assert.Equal("Tabled", Amendment.StatusName(AmendmentStatus.Tabled));
    }

    [Fact]
    public void A_motion_whose_notice_arrived_after_the_deadline_is_refused_with_the_dates()
    {
        // Thursday 27 February 2025: the seven clear days are 18-26 February (weekdays), so notice was due on the 17th.
        var motion = new Motion("Late motion", Mover, Seconder, Original, new DateOnly(2025, 2, 18));
        var refused = Refused.Because("notice was needed by 17 February 2025", () => PlaceOnAgenda(motion, 44));
        Assert.Contains("7 clear days", refused.Message);
        Assert.Equal(MotionStatus.Received, motion.Status);
    }

    [Fact]
    public void A_motion_received_on_the_deadline_day_is_in_time()
    {
        var motion = new Motion("Just in time", Mover, Seconder, Original, new DateOnly(2025, 2, 17));
        PlaceOnAgenda(motion, 44);
        Assert.Equal(MotionStatus.OnAgenda, motion.Status);
    }

    [Fact]
    public void A_council_with_a_longer_notice_period_needs_notice_sooner()
    {
        var motion = new Motion("Ten days", Mover, Seconder, Original, new DateOnly(2025, 2, 18));
        Refused.Because("10 clear days", () =>
            motion.PlaceOnAgenda(44, MeetingDay, new ProcedureRules { MotionNoticeClearDays = 10 }, WorkingCalendar.EnglandAndWales));
    }

    [Fact]
    public void The_amendment_deadline_is_noon_on_the_working_day_before_the_meeting()
    {
        // Monday 7 April 2025 meeting: the working day before is Friday 4 April.
        Assert.Equal(new DateTime(2025, 4, 4, 12, 0, 0), Rules.AmendmentNoticeDeadline(new DateTime(2025, 4, 7, 10, 0, 0), WorkingCalendar.EnglandAndWales));
        // Tuesday 22 April 2025, after Easter Monday: the working day before is Thursday 17 April.
        Assert.Equal(new DateTime(2025, 4, 17, 12, 0, 0), Rules.AmendmentNoticeDeadline(new DateTime(2025, 4, 22, 14, 0, 0), WorkingCalendar.EnglandAndWales));
    }

    [Fact]
    public void A_pending_amendment_is_re_read_against_the_substantive_motion_after_another_is_carried()
    {
        var motion = AMotionThat(MotionStatus.Moved);
        Table(motion, Strongly);
        Table(motion, Markets);
        motion.MoveAmendment(1);
        motion.CarryAmendment(1, At);
        Refused.Because("re-tabled against the substantive motion", () => motion.MoveAmendment(2));

        motion.RebaseAmendment(2, "That this Council strongly supports the high street and its markets.");
        motion.MoveAmendment(2);
        motion.CarryAmendment(2, At);
        Assert.Equal("That this Council strongly supports the high street and its markets.", motion.CurrentText);
    }

    [Fact]
    public void A_rebase_conflict_is_recorded_for_the_clerk_and_cleared_by_a_clean_rebase()
    {
        var motion = AMotionThat(MotionStatus.Moved);
        Table(motion, Strongly);
        Table(motion, "That this Council warmly supports the high street.");
        motion.MoveAmendment(1);
        motion.CarryAmendment(1, At);
        motion.FlagRebaseConflict(2, "Both change the words before \"supports\".");
        Assert.Equal("Both change the words before \"supports\".", motion.Amendments[1].RebaseConflict);
        motion.RebaseAmendment(2, "That this Council strongly and warmly supports the high street.");
        Assert.Null(motion.Amendments[1].RebaseConflict);
        Assert.Equal(Strongly, motion.Amendments[1].BasedOnText);
    }

    [Fact]
    public void A_late_amendment_is_marked_late_and_an_amendment_is_admitted_once()
    {
        var motion = AMotionThat(MotionStatus.OnAgenda);
        var late = motion.TableAmendment(Amender, AmendSeconder, Strongly, Tabled, late: true);
        Assert.True(late.IsLate);
        motion.AdmitAmendment(1, Tabled);
        Assert.Equal(Tabled, late.AdmittedOn);
        Refused.Because("already on the agenda", () => motion.AdmitAmendment(1, Tabled));
        Refused.Because("already been tabled", () => motion.TableAmendment(Amender, AmendSeconder, Strongly, Tabled));
    }
}
