namespace CommitteeHub.Web.Demo;

// The words of the seed documents: public records of councils' responses to an "inadequate" Ofsted judgement of
// children's services. They are the record, so they are kept as written; only the extraction junk (bullet glyphs,
// stray blank lines, bold inside headings) has been tidied into Markdown.
public static partial class DemoCouncil
{
    // Seed 000 shows Mr Simmons's amendment as tracked changes whose strike-through was lost in extraction. The notice
    // of motion is the text without the insertions; the motion as amended keeps the insertions and drops the words
    // they replaced. In (a) the struck words were "the political and corporate leadership enabled": only that reading
    // leaves "how services were able to decline" as a sentence.
    private const string OfstedMotionAsGiven = """
        In light of the recent Ofsted inspection of Children's Social Care Services which rated all elements of the service inadequate and the acknowledgement of the Executive that it has failed to provide adequate funding to prevent substantial service decline, this Council:

        - (a) Calls on the Leader and Cabinet Member for Children and Young People to arrange a Member Day at the earliest opportunity so all members can understand how the political and corporate leadership enabled services to decline so severely since the last inspection and, given that all members have corporate parenting responsibilities, to provide an update on the improvement programme and receive assurances that all the children and young people the County Council is responsible for are receiving adequate support;
        - (b) Pledges to do everything necessary to improve services for those children and families who need support as directed by the Commissioner (soon to be appointed) and the Independent Improvement Board;
        - (c) Calls on the Leader to ensure that improving these services is the County Council's top priority and that any funding deemed necessary to turn around these services is made available, and that no savings targets are allocated to Children's Social Care; and
        - (d) Calls for oversight, scrutiny and challenge to be more robust and independent minded by enabling all of the Select Committees to nominate their own Chairman and Vice-Chairman, one of which should be drawn from the minority groups. Such nominations to be conducted by secret ballot, in line with recent national scrutiny guidance, and to be implemented as soon as possible.
        """;

    private const string OfstedMotionAsAmended = """
        In light of the recent Ofsted inspection of Children's Social Care Services which rated the overall effectiveness of the service inadequate and the acknowledgement of the Executive that the Council needs to address substantial service decline, this Council:

        - (a) Calls on the Leader and Cabinet Member for Children and Young People and the Chairman of the Corporate Parenting Panel to arrange a member event at the earliest opportunity so all members can understand how services were able to decline so severely since the last inspection, how they can support, enable and ensure the changes required and, given that all members have corporate parenting responsibilities, to provide an update on the improvement programme and receive assurances that all the children and young people all members are responsible for are receiving adequate support;
        - (b) Pledges to do everything necessary to improve services for those children and families who need support as directed by the Commissioner (soon to be appointed) and the Independent Improvement Board;
        - (c) Calls on the Leader to ensure that improving these services is the County Council's top priority and, recognising the swift action already taken, that any funding deemed necessary to support these services and the valued staff who provide them is made available, and that no proposals divert this ambition for Children's Social Care; and
        - (d) Calls for members who carry out oversight, scrutiny and challenge to ensure they are more robust and independent minded, and invites the Governance Committee to consider whether any changes should be made to the Council's scrutiny arrangements.
        """;

    private const string HealthBoardOfstedMinutes = """
        Catherine Driscoll updated the Board regarding the action plan which had been put in place since the Ofsted report on 24 January judged services to be inadequate.

        The report contained 14 recommendations which have led to a wide ranging improvement plan being developed with 8 high level outcomes. County Council had agreed to further resources being made available to help with the improvements. Ofsted stated that they had seen improvements since their last visit but improvements were not progressing fast enough. Meetings at strategic level must constantly look at themselves to see what difference they are making to children and their families.

        In the ensuing discussion the following points were made:

        - The whole County Council was responsible for turning things around and all partner agencies had a responsibility to help with improvement. District Councils accepted they had an input, especially with housing. Meetings had taken place between Chief Executives and Leaders of local councils as well as with housing suppliers
        - The District Council Representatives on the Board stated that they reported back to their own Executive Board briefings but not publically to the rest of the Council
        - The Chairman allowed Councillor Vickery, who was not a Board Member to address the Board. Councillor Vickery pointed out that a question had been asked in Council on 9 February 2017 suggesting that the County Council should call for assistance from outside the Council. The suggestion was not accepted by Council. He wondered how far you could expect individual councillors to take responsibility for the service to 700 children. He said he had concerns regarding the sub group of the HWB which never met; the Corporate Parenting Board which was not allowed to carry out scrutiny; the HWB which was not a scrutiny Board; and wondered how individual councillors were expected to exercise oversight? He felt there needed to be some clear instructions regarding what was expected from Councillors corporately and individually so there would be effective change
        - In response the Chief Executive said that all Councillors have a Corporate Parenting responsibility even though they may sit on different Boards and have various responsibilities because of the roles they fill. It was suggested that the responsibilities for Councillors could be clarified in the induction for new Councillors after the election
        - One of the Cabinet members responded that it depended on the individual Councillor and what was asked of them. Councillor Vickery knew the responsibilities of constituency Councillor but could not come to terms with the Corporate responsibility being shared equally, regardless of their roles and experience which were not equal. Should the Board take on any actions? The Chairman responded that he was confident in the plan that had been put in place
        - It was clarified that the HWB had the strategic overview and ensured the wider, system wide view from all Partners was considered rather than just the view of the County Council. The HWB did not have responsibility for Children's safeguarding, it was a strategic Board. The Chief Executive was clear that the response was a Corporate one, a whole system response and all members needed to be engaged.
        """;

    private const string ScrutinyInspectionMinutes = """
        Following consideration of the Ofsted report at Cabinet, Councillor Tamoor Tariq, Cabinet Member for Children, Young People and Skills, presented the report which informed Cabinet of the findings of an Ofsted inspection of the Council’s children’s services. The inspection found the services to be inadequate. The report explained the form of intervention by the Secretary of State for Education and the action already taken to implement improvements. The report provided details of the framework for the Improvement Plan which the Council will submit to the Department for Education by 31st March 2022.

        A copy of the Inspection report and improvement plan had been circulated to Members ahead of the meeting and in considering the report and the Cabinet Member’s statement the following comments and issues were raised:

        Responding to a question from the Chair, the Cabinet Member reported that he and the Director of Children’s Services (DCS) met with staff in Children’s Services following the publication of the Ofsted report, to provide assurance, to thank them for their hard work and to discuss any issues they may have. Following this meeting further meetings have been scheduled as well as a walking the floor event, to enable staff to raise any concerns with the Cabinet Member and the DCS.

        Responding to concerns raised by Members in respect of the financial resources required to fund the improvement work; the Cabinet Member reported that additional resources would be made available to Children’s Services. In order to address the inadequate Ofsted inspection, the Cabinet Member reported a whole system response is required across all of the different Council departments.

        The DCS reported that following the Ofsted inspection findings work has already commenced to address the issues and concerns raised including, a sector led improvement programme.

        Responding to a Members question the DCS reported that a quality assurance framework has been developed to review and system check the work undertaken by social workers.

        The Cabinet Member reported that he welcomes the interest the Scrutiny Committee has taken in reviewing the Ofsted report. Following the notice of motion considered at Council last night he will ensure that update reports in respect of the improvement plan will be considered at Cabinet, Council and this Scrutiny Committee and would also ask that the Improvement Board minutes be shared with Elected Members.

        Responding to a Member question the Cabinet Member acknowledged that there are staffing issues with the Social worker disability team, including the over reliance of agency staff; the development of a work force plan will seek to address this issue.

        The Cabinet Member reported that school staff play a significant part in Safeguarding children, the relationships between the local authority and the schools in the Borough has improved considerably.

        Responding to a question from a co-opted Member in respect of support for social workers, the Cabinet Member reported that a new social retention and recruitment process for social workers has been developed, as well as financial incentives, reduction in caseloads and a plan to reduce the reliance on agency staff.

        Cllr Pilkington and Chief Executive Geoff Little, left the meeting.
        """;

    private static readonly string[] ScrutinyInspectionAgreed =
    [
        "The Ofsted Improvement Plan with progress of implementation be monitored by the Council’s Children’s Scrutiny Committee as a standing agenda item until the completion of all actions.",
        "A special meeting of the Children and Young People’s Scrutiny Committee be convened to discuss the Improvement Plan",
        "The Committee recommends to the Democratic Arrangements Forum that the Council Procedure Rules be amended to include at every Council meeting a statement from the Cabinet Member for Children’s Services, updating all Councillors on the work of the department.",
        "Democratic Services will facilitate a meeting between Members of the Committee and font line social worker ahead of the next meeting.",
    ];

    private const string ScrutinyImplicationsDescription = """
        The Committee is asked to reflect upon the findings of the Ofsted Inspection that “oversight, scrutiny and challenge from corporate leaders, including the children’s select committee and the corporate parenting panel, have not been sufficiently rigorous” and to identify any specific changes required to ensure a more robust approach to the scrutiny of Children’s Social Care going forward.
        """;

    private const string ScrutinyImplicationsMinutes = """
        The Chairman invited the Committee to reflect upon the Ofsted findings that scrutiny had not been sufficiently rigorous, and to identify any specific changes required to address this going forward. The following points were raised by members in discussion:

        - The Committee had been quite focussed on decision points and data, and had not been so open-minded about occurrences in the service more broadly. Members proposed it would be useful to undertake visits to operational sites, such as IPEH hubs, to enable a more ‘on the ground’ source of information.
        - Members noted that Education had a number of co-opted representatives on the Committee, and considered the absence of a perspective from Children’s Social Care. Members considered a practitioner representative would bring a valuable voice to the Committee, and assist in understanding the issues identified by Ofsted more clearly.
        - Members suggested the BPG should plan the scrutiny timetable for the next couple of years to provide a clear programme of topics.
        - The Committee heard that the Children in Care Council (CiCC) issue a periodical newsletter and suggested they could be added to the distribution list.
        - The Chairman advised he felt there would be value in talking to social workers and practitioners in order to understand their experiences and identify successes and failures in the service.
        - The Chairman of the Corporate Parenting Panel (CPP) advised she was aiming to involve children, carers and various agencies and partners in the panel meetings. The Committee noted there were 2 members who sat on both the CYPSSC and CPP.
        - The Leader reflected on a visit to the Multi-Agency Safeguarding Hub (MASH) with the Cabinet Member for Children and Young People. The MASH was operating well, and it gave the Leader and Cabinet Member the opportunity to see what good looked like. The Leader added that members should visit other service areas, that staff welcome the recognition and a forum to listen and be heard.
        - Members agreed and considered they all had an individual responsibility to engage with the service. It was suggested visits to local Children and Family Centres were useful to understand the interaction between different agencies. Observing foster or adoption panels was also considered as a value forum to gain further insight into the service.
        - The Chairman of the CPP urged members to consider how they approach schools about CLA, including asking them if they had CLA, and how were they getting on. The Director of Children’s Services agreed, and suggested members take opportunities to exercise their role as corporate parents when meeting chairs of governors and heads. The Chairman of the CPP encouraged members to feedback from these discussions in order to close the loop.
        - The Chairman advised the member day would be a prime opportunity to stress the corporate parenting responsibility to members, encouraging them to ask questions and strive for good outcomes as advocates for children.
        - Members of the Committee advised they needed to know when things were going wrong, and felt that loops could be closed by both reaching out and being available.
        - The Committee considered the way in which they receive and understand data and key measures required refreshment. The Committee also agreed members should be flexible in terms of meeting dates, in order that they are getting the opportunities to provide the most effective input, in view of the quarterly monitoring visits from Ofsted.
        """;

    private static readonly string[] ScrutinyImplicationsResolved =
    [
        "Works with the service to identify possible visits and witnesses for future meetings, and that individual members look at what engagement they can undertake, such as observing a fostering or adoption panel.",
        "Considers the wider involvement of co-optees from Children’s Social Care, potentially including social workers, care leavers and the Youth Cabinet.",
        "Receives relevant information from the service, such as the CiCC newsletter.",
        "Has close communication with the CPP to ensure members are working together and cross-cutting issues and being considered in the most appropriate space.",
        "Considers information from other councils on what ‘good scrutiny’ and good Children’s Social Care looks like.",
        "Asks the Leader and Cabinet Member to investigate the involvement of young people, including the Youth Cabinet, as part of the Select Committee.",
        "Encourages members to find a mechanism to ensure that families and young people feel confident to approach County Councillors, and that the council ensures messaging to the public regarding corporate parenting is clear.",
        "Considers what data and key measures are required for more effective and robust scrutiny.",
        "Looks at future meeting dates at the next BPG to ensure effective scrutiny of the Children First Practice Improvement Plan.",
    ];

    private const string ImprovementPlanReport = """
        **Children and Young People's Services Select Committee**

        **17 July 2019**

        ## Adoption of an Improvement Plan for Children's Services

        **Report by Director of Children's Services**

        ## Summary

        Following the 'inadequate' Ofsted judgement of children's services in its inspection of February-March 2019, a Statutory Direction was issued to the County Council by the Department for Education on 4 June. This requires the Council to prepare an improvement plan, in order to demonstrate its ability to turn services around. A Commissioner has been appointed by the Secretary of State for Education to oversee this process, and to make recommendations as to whether children's services should remain in the control of the County Council. The Children First Practice Improvement Plan is therefore the mechanism to describe the Council's action for recovery, and is the subject of this report.

        ## The focus for scrutiny

        The Committee is asked to consider the attached draft Cabinet Member decision report, and the appended draft Improvement Plan document, and provide comment to the Cabinet Member for Children and Young People prior to the formal decision to adopt the Plan being taken later in July 2019.

        ## Proposal

        ### 1. Background and Context

        1.1 The Select Committee has previously debated this matter on two occasions. At its meeting on 15 May 2019 it considered the Ofsted report in context, and debated its own future scrutiny role. A further report considered on 19 June 2019 set out the process dictated by the Statutory Direction to the Council, the role of the Commissioner appointed by the Secretary of State, and the preparation of the Practice Improvement Plan, the Council's mechanism to deliver the required service recovery. The 19 June report also explained the structure and rationale of the Plan, and provided some examples of its content.

        ### 2. Proposal

        2.1 The full draft of the proposed Children First Practice Improvement Plan is now presented for the Select Committee's scrutiny, with its accompanying decision report. Its key characteristics are:

        - It is structured against the 12 Ofsted areas for improvement (as set out in the decision report);
        - It follows a linked Actions, Outcomes, and Evidence methodology within each category;
        - There will be an overarching Children First Strategy into which the Plan will fit – this will embrace the broader context of the collective vision and priorities for multi-agency children’s services, including Early Help; the Strategy is under discussion and subject to consultation and approval is expected to be launched in September;
        - There will be an underpinning performance framework to provide unambiguous evidence of progress.

        2.2 The Committee will wish to bear in mind certain criteria that the plan to be adopted will need to fulfil:

        - That all of the 12 areas for improvement are satisfactorily addressed;
        - That the Plan gives a comprehensive framework for service transformation, and full expression to the County Council’s aspirations for children;
        - That the voice of the child is central to the Plan and the programme of transformation it represents;
        - That the Plan will fully engage and command the confidence of service users, staff, partners, and the public.

        2.3 The Committee has already considered at previous meetings both its own future scrutiny role, and new ways in which it can engage constructively with service users and other stakeholders. In considering the Plan in detail, the Committee may wish to comment further on how it wishes to be involved in the process of monitoring the progress of the enactment of the Plan, and the performance information associated with this.

        ### 3. Resources

        3.1 There is a separate paper being prepared on the Children First improvement investment plan and strategy. An update will be provided at the meeting.

        ## Factors taken into account

        ### 4. Issues for consideration by the Select Committee

        4.1 The Committee is asked to consider the attached draft Cabinet Member decision report, which has been informed by a period of engagement with stakeholders. Issues members may wish to explore include:

        - a) The effectiveness of the consultation/engagement process with stakeholders and service users;
        - b) What the consultation analysis tells us and how it should inform the decision-making process;
        - c) The County Council’s statutory responsibilities and those of partners and other agencies, and how these have informed the proposals;
        - d) What impact assessment has been carried out and any planned mitigations, bearing in mind the Council’s public sector equality duty and other responsibilities identified in the decision reports;
        - e) Timetable for delivery of proposals;
        - f) Plans to monitor the impact of the proposals to include service users, their families and carers and current service providers; and
        - g) Plans for future partnership working with strategic partners.

        ### 5. Consultation

        5.1 Proposals have been published in the County Council's Forward Plan of Key Decisions and the draft Cabinet Member report sets out the methodology and process of engagement with stakeholders and elected members.

        ### 6. Risk Management Implications/Other Options Considered/Equality Duty/Social Value/Crime Disorder Implications/Human Rights Implications

        6.1 These sub headings are addressed in the individual draft Cabinet Member decision report (Appendix A).

        ## Report authors

        **John Readman**

        Director of Children's Services

        **Tony Kershaw**

        Director of Law and Assurance

        ## Contact

        John Readman, 033022 22660

        ## Appendices

        Appendix A: Draft Decision Report – Adoption of an Improvement Plan for Children's Services (to follow)

        Appendix B: Draft Children First Practice Improvement Plan (to follow)
        """;
}
