import Foundation

extension WorkshopMenu {
  /// The menu the tool ships: ten levers of `Docs/policies.md` with the baseline's settings.
  /// Prices are per 1,000 residents per year: the added public cost measured for the lever
  /// alone on the baseline (`compare`, 10 paired replications, the lever from the first day of
  /// the year observed; 2026-12-04) where the model spends money on it, and a stated
  /// assumption for the set-up work the model does not represent where it spends nothing
  /// (`Docs/workshop.md`, the menu's prices).
  public static let standard: WorkshopMenu = {
    do {
      return try decode(Data(standardText.utf8), file: "the standard menu")
    } catch {
      preconditionFailure("the standard menu is valid: \(error)")
    }
  }()

  /// The standard menu as a menu file (`community-twin workshop --print-menu` writes it).
  public static let standardText = """
    {
      "comment": "CommunityTwin's standard workshop menu. Prices: CNY per 1,000 residents per year.",
      "budget_cny_per_1000_residents_year": 150000,
      "options": [
        {
          "id": "devolution",
          "label": {"en": "Devolve approvals", "zh": "审批权下放"},
          "explanation": {
            "en": "Projects up to CNY 500,000 are approved by the community in 3 working days instead of a 3-5 level chain of about 45 days, and a responsibility list strikes 40 % of administrative tasks.",
            "zh": "50万元以下项目由社区在3个工作日内审批，取代约45天的3至5级审批链；责任清单削减40%的行政事务。"
          },
          "cost_cny_per_1000_residents_year": 19000,
          "cost_source": "measured: added public cost CNY 152,000 a year at 8,000 residents (more projects approved and paid)",
          "lever": {"lever": "devolution", "threshold_cny": 500000, "local_approval_working_days": 3, "admin_cut": 0.4}
        },
        {
          "id": "more_staff",
          "label": {"en": "Hire community workers", "zh": "增加社区工作者"},
          "explanation": {
            "en": "Community workers rise from 4.2 to 6 per 1,000 residents at the same pay; new hires take 90 days to reach full productivity.",
            "zh": "社区工作者由每千人4.2名增至6名，薪酬不变；新人需90天达到完全胜任。"
          },
          "cost_cny_per_1000_residents_year": 97000,
          "cost_source": "measured: added public cost CNY 775,000 a year at 8,000 residents (salaries)",
          "lever": {"lever": "staffing", "role": "community_worker", "per_1000": 6}
        },
        {
          "id": "pay_rise",
          "label": {"en": "Raise workers' pay", "zh": "提高社工薪酬"},
          "explanation": {
            "en": "Community workers' pay rises from 0.68 to 0.8 of the local wage, so fewer quit and fewer posts stand empty.",
            "zh": "社区工作者薪酬由当地平均工资的0.68倍提高到0.8倍，离职减少，空岗减少。"
          },
          "cost_cny_per_1000_residents_year": 56000,
          "cost_source": "measured: added public cost CNY 449,000 a year at 8,000 residents (salaries)",
          "lever": {"lever": "staffing", "role": "community_worker", "pay_ratio": 0.8}
        },
        {
          "id": "training",
          "label": {"en": "Train workers", "zh": "社工培训"},
          "explanation": {
            "en": "Training makes community workers 35 % more productive on every case.",
            "zh": "培训使社区工作者处理每件事务的效率提高35%。"
          },
          "cost_cny_per_1000_residents_year": 8000,
          "cost_source": "assumption: the model spends nothing on training (measured added cost: none); the price stands for courses, about CNY 2,000 per worker a year",
          "lever": {"lever": "staffing", "role": "community_worker", "training_gain": 0.35}
        },
        {
          "id": "coordination",
          "label": {"en": "Join up departments", "zh": "部门联动"},
          "explanation": {
            "en": "One intake for every department a request needs, departments working on it at once, and hand-offs twice as fast.",
            "zh": "一个窗口受理涉及多部门的诉求，各部门同时办理，转办时间减半。"
          },
          "cost_cny_per_1000_residents_year": 10000,
          "cost_source": "assumption: the model spends nothing on coordination (measured added cost: none); the price stands for joint meetings and a shared intake desk",
          "lever": {"lever": "coordination", "shared_intake": true, "joint_handling": true, "handoff_factor": 0.5}
        },
        {
          "id": "participation",
          "label": {"en": "Open residents' channels", "zh": "拓宽居民参与渠道"},
          "explanation": {
            "en": "Residents' councils and visits: more residents report their needs in person, and 40 % of those who never took part start to.",
            "zh": "居民议事会和走访：更多居民当面反映需求，40%从未参与的居民开始参与。"
          },
          "cost_cny_per_1000_residents_year": 5000,
          "cost_source": "assumption: the model spends nothing on channels (measured added cost: none); the price stands for meetings and visits",
          "lever": {"lever": "participation_channels", "offline_report_probability": 0.12, "participation_gain": 0.4}
        },
        {
          "id": "digital_platform",
          "label": {"en": "Digital platform", "zh": "数字化平台"},
          "explanation": {
            "en": "An app brings 30 % of offline residents online, raises online reporting to 30 %, and data sharing cuts the requests that need another department by a fifth.",
            "zh": "应用程序使30%的离线居民上线，线上反映率提高到30%，数据共享使需转其他部门的诉求减少五分之一。"
          },
          "cost_cny_per_1000_residents_year": 15000,
          "cost_source": "assumption: the model spends nothing on the platform (measured added cost: none); the price stands for its licence and upkeep",
          "lever": {"lever": "digital_platform", "digital_access_gain": 0.3, "online_report_probability": 0.3, "cross_department_factor": 0.8}
        },
        {
          "id": "transparency",
          "label": {"en": "Open the books", "zh": "资金公开透明"},
          "explanation": {
            "en": "Every project's accounts are disclosed and less running money leaks on the way (5 % instead of the baseline's share).",
            "zh": "所有项目账目公开，日常经费在使用中的流失降至5%。"
          },
          "cost_cny_per_1000_residents_year": 5000,
          "cost_source": "assumption: the price stands for audits and publication; the model measures a saving of CNY 308,000 a year at 8,000 residents (less leakage), which shows in the money chart",
          "lever": {"lever": "transparency", "leakage_share": 0.05, "disclosure_share": 1}
        },
        {
          "id": "heat_map",
          "label": {"en": "Needs heat-map", "zh": "需求热力图"},
          "explanation": {
            "en": "Plans follow measured demand every 90 days, and hotline and sensor data discover needs nobody reported.",
            "zh": "每90天按实测需求制定计划，热线和传感器数据发现无人反映的需求。"
          },
          "cost_cny_per_1000_residents_year": 80000,
          "cost_source": "measured: added public cost CNY 643,000 a year at 8,000 residents (more projects planned and paid)",
          "lever": {"lever": "needs_heat_map", "planning_cycle_days": 90, "data_discovery_rate_per_day": 0.003}
        },
        {
          "id": "volunteer_points",
          "label": {"en": "Volunteer points", "zh": "志愿积分"},
          "explanation": {
            "en": "Points for volunteering cut volunteers' yearly attrition to 20 % and draw 10 % of non-participants in.",
            "zh": "志愿服务积分使志愿者年流失率降至20%，并吸引10%的未参与居民加入。"
          },
          "cost_cny_per_1000_residents_year": 3000,
          "cost_source": "assumption: the model spends nothing on points (measured added cost: none); the price stands for the rewards redeemed",
          "lever": {"lever": "volunteer_points", "role": "volunteer", "annual_attrition": 0.2, "participation_gain": 0.1}
        }
      ]
    }
    """
}
