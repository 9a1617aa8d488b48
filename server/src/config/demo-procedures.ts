// The demo center's procedures catalog: real procedures (thủ tục hành chính) of the four
// departments, with their real names and fields (lĩnh vực), each queued into the demo service of
// its field. Procedure names are public facts; the national codes here are plausible ones in the
// national format, numbered in order, not looked up. Also a generated catalog of any size for scale tests.
import type { CenterConfig } from '@motcua/protocol';

type Entry = [vi: string, en: string];
type ProcedureConfig = NonNullable<CenterConfig['procedures']>[number];

/** By department, then by the service code of the field (lĩnh vực), with the field's name. */
const CATALOG: Record<string, Record<string, { field: string; entries: Entry[] }>> = {
  TP: {
    LLTP: {
      field: 'Lý lịch tư pháp',
      entries: [
        ['Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', 'Issuing a judicial record certificate to Vietnamese citizens and foreigners residing in Viet Nam'],
        ['Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng', 'Issuing a judicial record certificate to procedural agencies'],
        ['Cấp Phiếu lý lịch tư pháp cho cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội', 'Issuing a judicial record certificate to state agencies and political organisations'],
      ],
    },
    CT: {
      field: 'Chứng thực',
      entries: [
        ['Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận', 'Certifying copies from originals issued or certified by competent Vietnamese authorities'],
        ['Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận', 'Certifying copies from originals issued or certified by competent foreign authorities'],
        ['Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật', 'Certifying the signature of a translator who is a translation collaborator'],
        ['Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật', 'Certifying the signature of a translator who is not a translation collaborator'],
        ['Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch', 'Certifying the amendment or cancellation of a contract or transaction'],
        ['Sửa lỗi sai sót trong hợp đồng, giao dịch', 'Correcting errors in a contract or transaction'],
        ['Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực', 'Issuing certified copies of certified contracts and transactions'],
        ['Chứng thực chữ ký trong các giấy tờ, văn bản', 'Certifying signatures on papers and documents'],
        ['Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản', 'Certifying contracts and transactions on movable property'],
        ['Chứng thực di chúc', 'Certifying a will'],
        ['Chứng thực văn bản từ chối nhận di sản', 'Certifying a refusal of inheritance'],
      ],
    },
    HT: {
      field: 'Hộ tịch',
      entries: [
        ['Đăng ký khai sinh có yếu tố nước ngoài', 'Birth registration with a foreign element'],
        ['Đăng ký kết hôn có yếu tố nước ngoài', 'Marriage registration with a foreign element'],
        ['Đăng ký khai tử có yếu tố nước ngoài', 'Death registration with a foreign element'],
        ['Đăng ký nhận cha, mẹ, con có yếu tố nước ngoài', 'Registration of recognition of parents and children with a foreign element'],
        ['Đăng ký giám hộ có yếu tố nước ngoài', 'Guardianship registration with a foreign element'],
        ['Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc', 'Registration of changes, corrections and additions to civil status information, and of ethnicity'],
        ['Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài', 'Recording in the civil status book a marriage of Vietnamese citizens settled abroad'],
        ['Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài', 'Recording in the civil status book a divorce or annulment settled abroad'],
        ['Cấp bản sao trích lục hộ tịch', 'Issuing copies of civil status extracts'],
        ['Đăng ký lại khai sinh có yếu tố nước ngoài', 'Re-registration of a birth with a foreign element'],
        ['Đăng ký lại kết hôn có yếu tố nước ngoài', 'Re-registration of a marriage with a foreign element'],
        ['Cấp Giấy xác nhận tình trạng hôn nhân', 'Issuing a certificate of marital status'],
        ['Đăng ký khai sinh kết hợp nhận cha, mẹ, con có yếu tố nước ngoài', 'Birth registration combined with recognition of parents and children with a foreign element'],
      ],
    },
    QT: {
      field: 'Quốc tịch',
      entries: [
        ['Thủ tục nhập quốc tịch Việt Nam', 'Acquiring Vietnamese nationality'],
        ['Thủ tục trở lại quốc tịch Việt Nam ở trong nước', 'Regaining Vietnamese nationality, in the country'],
        ['Thủ tục thôi quốc tịch Việt Nam ở trong nước', 'Renouncing Vietnamese nationality, in the country'],
        ['Thủ tục cấp Giấy xác nhận có quốc tịch Việt Nam ở trong nước', 'Certificate of Vietnamese nationality, in the country'],
        ['Thủ tục cấp Giấy xác nhận là người gốc Việt Nam ở trong nước', 'Certificate of Vietnamese origin, in the country'],
        ['Thủ tục thông báo có quốc tịch nước ngoài', 'Notification of holding a foreign nationality'],
      ],
    },
    CC: {
      field: 'Công chứng',
      entries: [
        ['Thành lập Văn phòng công chứng', 'Establishing a notary office'],
        ['Đăng ký hoạt động Văn phòng công chứng', 'Registering the operation of a notary office'],
        ['Thay đổi nội dung đăng ký hoạt động của Văn phòng công chứng', 'Changing the registered operation of a notary office'],
        ['Đăng ký hành nghề và cấp Thẻ công chứng viên', 'Registering practice and issuing a notary card'],
        ['Cấp lại Thẻ công chứng viên', 'Reissuing a notary card'],
        ['Hợp nhất Văn phòng công chứng', 'Merging notary offices'],
        ['Chuyển nhượng Văn phòng công chứng', 'Transferring a notary office'],
        ['Đăng ký tập sự hành nghề công chứng', 'Registering a notary apprenticeship'],
      ],
    },
    LS: {
      field: 'Luật sư',
      entries: [
        ['Đăng ký hoạt động của tổ chức hành nghề luật sư', 'Registering the operation of a law practice'],
        ['Thay đổi nội dung đăng ký hoạt động của tổ chức hành nghề luật sư', 'Changing the registered operation of a law practice'],
        ['Đăng ký hành nghề luật sư với tư cách cá nhân', 'Registering to practise law as an individual'],
        ['Đăng ký hoạt động của chi nhánh của tổ chức hành nghề luật sư', 'Registering the branch of a law practice'],
        ['Cấp giấy phép thành lập chi nhánh, công ty luật nước ngoài', 'Licensing a branch or company of a foreign law firm'],
        ['Hợp nhất công ty luật', 'Merging law companies'],
      ],
    },
    TGPL: {
      field: 'Trợ giúp pháp lý',
      entries: [
        ['Yêu cầu trợ giúp pháp lý', 'Requesting legal aid'],
        ['Lựa chọn, thay đổi người thực hiện trợ giúp pháp lý', 'Choosing or changing the legal aid provider'],
        ['Đăng ký tham gia thực hiện trợ giúp pháp lý', 'Registering to provide legal aid'],
        ['Cấp lại Thẻ cộng tác viên trợ giúp pháp lý', 'Reissuing a legal aid collaborator card'],
        ['Giải quyết khiếu nại về trợ giúp pháp lý', 'Settling complaints about legal aid'],
      ],
    },
  },
  YT: {
    KCB: {
      field: 'Khám bệnh, chữa bệnh',
      entries: [
        ['Cấp mới giấy phép hành nghề đối với chức danh bác sỹ', 'New practice licence for doctors'],
        ['Cấp mới giấy phép hành nghề đối với chức danh điều dưỡng', 'New practice licence for nurses'],
        ['Cấp mới giấy phép hành nghề đối với chức danh hộ sinh', 'New practice licence for midwives'],
        ['Cấp mới giấy phép hành nghề đối với chức danh kỹ thuật y', 'New practice licence for medical technicians'],
        ['Cấp lại giấy phép hành nghề khám bệnh, chữa bệnh', 'Reissuing a medical practice licence'],
        ['Gia hạn giấy phép hành nghề khám bệnh, chữa bệnh', 'Renewing a medical practice licence'],
        ['Điều chỉnh giấy phép hành nghề khám bệnh, chữa bệnh', 'Amending a medical practice licence'],
        ['Cấp mới giấy phép hoạt động đối với phòng khám đa khoa', 'New operating licence for a general clinic'],
        ['Cấp mới giấy phép hoạt động đối với phòng khám chuyên khoa', 'New operating licence for a specialist clinic'],
        ['Cấp mới giấy phép hoạt động đối với phòng khám nha khoa', 'New operating licence for a dental clinic'],
        ['Cấp mới giấy phép hoạt động đối với phòng chẩn trị y học cổ truyền', 'New operating licence for a traditional medicine clinic'],
        ['Cấp mới giấy phép hoạt động đối với cơ sở dịch vụ cấp cứu, hỗ trợ vận chuyển người bệnh', 'New operating licence for an ambulance service'],
        ['Cấp mới giấy phép hoạt động đối với cơ sở dịch vụ điều dưỡng', 'New operating licence for a nursing service'],
        ['Thay đổi người chịu trách nhiệm chuyên môn của cơ sở khám bệnh, chữa bệnh', 'Changing the person in charge of a medical facility'],
        ['Cấp giấy chứng nhận bài thuốc gia truyền', 'Certifying a family traditional remedy'],
      ],
    },
    DP: {
      field: 'Dược phẩm',
      entries: [
        ['Cấp Chứng chỉ hành nghề dược', 'Issuing a pharmacy practice certificate'],
        ['Cấp lại Chứng chỉ hành nghề dược', 'Reissuing a pharmacy practice certificate'],
        ['Điều chỉnh nội dung Chứng chỉ hành nghề dược', 'Amending a pharmacy practice certificate'],
        ['Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược cho cơ sở bán lẻ thuốc', 'Certificate of eligibility to trade drugs for a retail pharmacy'],
        ['Cấp lại Giấy chứng nhận đủ điều kiện kinh doanh dược', 'Reissuing a certificate of eligibility to trade drugs'],
        ['Điều chỉnh nội dung Giấy chứng nhận đủ điều kiện kinh doanh dược', 'Amending a certificate of eligibility to trade drugs'],
        ['Đánh giá đáp ứng Thực hành tốt cơ sở bán lẻ thuốc', 'Assessing Good Pharmacy Practice of a drug retailer'],
        ['Cho phép hủy thuốc gây nghiện, thuốc hướng thần, thuốc tiền chất', 'Permission to destroy narcotic, psychotropic and precursor drugs'],
        ['Cấp giấy xác nhận nội dung thông tin thuốc theo hình thức hội thảo giới thiệu thuốc', 'Approving drug information for a drug seminar'],
        ['Cấp giấy xác nhận nội dung quảng cáo mỹ phẩm', 'Approving cosmetics advertising'],
        ['Tiếp nhận Phiếu công bố sản phẩm mỹ phẩm sản xuất trong nước', 'Receiving the notification of a domestic cosmetic product'],
      ],
    },
    ATTP: {
      field: 'An toàn thực phẩm',
      entries: [
        ['Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'Certificate of food safety eligibility'],
        ['Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'Reissuing a certificate of food safety eligibility'],
        ['Đăng ký bản công bố sản phẩm nhập khẩu đối với thực phẩm dinh dưỡng y học', 'Registering the declaration of imported medical nutrition food'],
        ['Đăng ký bản công bố sản phẩm sản xuất trong nước đối với thực phẩm bảo vệ sức khỏe', 'Registering the declaration of domestic health supplements'],
        ['Xác nhận nội dung quảng cáo thực phẩm', 'Approving food advertising'],
        ['Cấp Giấy xác nhận kiến thức về an toàn thực phẩm', 'Certificate of food safety knowledge'],
        ['Cấp giấy chứng nhận lưu hành tự do đối với sản phẩm thực phẩm xuất khẩu', 'Certificate of free sale for exported food'],
      ],
    },
    YTDP: {
      field: 'Y tế dự phòng',
      entries: [
        ['Công bố cơ sở đủ điều kiện tiêm chủng', 'Declaring a facility eligible to vaccinate'],
        ['Cấp giấy chứng nhận phòng xét nghiệm đạt tiêu chuẩn an toàn sinh học cấp I, cấp II', 'Biosafety level I and II certificate for a laboratory'],
        ['Công bố đủ điều kiện thực hiện khám sức khỏe', 'Declaring eligibility to perform health examinations'],
        ['Công bố cơ sở đủ điều kiện sản xuất chế phẩm diệt côn trùng, diệt khuẩn dùng trong gia dụng và y tế', 'Declaring eligibility to produce household and medical insecticides and disinfectants'],
        ['Cấp giấy chứng nhận bệnh viện đạt tiêu chuẩn bệnh viện an toàn người bệnh', 'Certifying a hospital as patient-safe'],
        ['Công bố đủ điều kiện điều trị nghiện chất dạng thuốc phiện bằng thuốc thay thế', 'Declaring eligibility to treat opioid addiction with substitution drugs'],
      ],
    },
    TTBYT: {
      field: 'Trang thiết bị y tế',
      entries: [
        ['Công bố tiêu chuẩn áp dụng đối với trang thiết bị y tế thuộc loại A, B', 'Declaring the standards applied to class A and B medical devices'],
        ['Công bố đủ điều kiện mua bán trang thiết bị y tế thuộc loại B, C, D', 'Declaring eligibility to trade class B, C and D medical devices'],
        ['Công bố đủ điều kiện sản xuất trang thiết bị y tế', 'Declaring eligibility to manufacture medical devices'],
        ['Cấp giấy chứng nhận đủ điều kiện sản xuất nguyên liệu làm thuốc là dược liệu', 'Certificate of eligibility to produce herbal drug materials'],
      ],
    },
  },
  TNMT: {
    DD: {
      field: 'Đất đai',
      entries: [
        ['Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu', 'First registration of land and attached assets and issuing a land use right certificate'],
        ['Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'Registering changes of land use and ownership rights'],
        ['Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất', 'Exchanging a land use right and house ownership certificate'],
        ['Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất', 'Reissuing a lost land use right certificate'],
        ['Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', 'Registering a mortgage of land use rights and attached assets'],
        ['Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', 'Deregistering a mortgage of land use rights'],
        ['Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền', 'Changing the land use purpose with permission'],
        ['Giao đất, cho thuê đất không thông qua đấu giá quyền sử dụng đất', 'Allocating or leasing land without auction'],
        ['Gia hạn sử dụng đất ngoài khu công nghệ cao, khu kinh tế', 'Extending land use outside high-tech and economic zones'],
        ['Thu hồi đất do chấm dứt việc sử dụng đất theo pháp luật, tự nguyện trả lại đất', 'Recovering land when its use ends or it is returned voluntarily'],
        ['Tách thửa hoặc hợp thửa đất', 'Splitting or merging land plots'],
        ['Đính chính Giấy chứng nhận đã cấp', 'Correcting an issued certificate'],
        ['Cung cấp dữ liệu đất đai', 'Providing land data'],
        ['Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân cấp tỉnh', 'Settling land disputes under the provincial chairperson'],
        ['Thẩm định nhu cầu sử dụng đất để xem xét giao đất, cho thuê đất không thông qua hình thức đấu giá', 'Appraising land needs for allocation or lease without auction'],
        ['Đăng ký xác lập quyền sử dụng hạn chế thửa đất liền kề', 'Registering a limited right to use an adjacent plot'],
      ],
    },
    MT: {
      field: 'Môi trường',
      entries: [
        ['Cấp giấy phép môi trường', 'Issuing an environmental licence'],
        ['Cấp đổi giấy phép môi trường', 'Exchanging an environmental licence'],
        ['Cấp điều chỉnh giấy phép môi trường', 'Amending an environmental licence'],
        ['Cấp lại giấy phép môi trường', 'Reissuing an environmental licence'],
        ['Thẩm định báo cáo đánh giá tác động môi trường', 'Appraising an environmental impact assessment report'],
        ['Thẩm định phương án cải tạo, phục hồi môi trường trong hoạt động khai thác khoáng sản', 'Appraising a plan to restore the environment after mining'],
        ['Đăng ký môi trường', 'Environmental registration'],
        ['Chấp thuận tiến độ thực hiện, vận hành thử nghiệm công trình xử lý chất thải', 'Approving the schedule and trial run of waste treatment works'],
        ['Cấp Giấy chứng nhận đủ điều kiện về bảo vệ môi trường trong nhập khẩu phế liệu', 'Certificate of environmental eligibility to import scrap'],
      ],
    },
    TNN: {
      field: 'Tài nguyên nước',
      entries: [
        ['Cấp giấy phép thăm dò nước dưới đất đối với công trình có lưu lượng dưới 3.000 m3/ngày đêm', 'Groundwater exploration licence below 3,000 m3 a day'],
        ['Cấp giấy phép khai thác nước dưới đất', 'Groundwater extraction licence'],
        ['Cấp giấy phép khai thác, sử dụng nước mặt', 'Surface water extraction and use licence'],
        ['Cấp giấy phép xả nước thải vào nguồn nước', 'Licence to discharge wastewater into water sources'],
        ['Gia hạn, điều chỉnh giấy phép khai thác, sử dụng nước mặt', 'Extending or amending a surface water licence'],
        ['Cấp giấy phép hành nghề khoan nước dưới đất quy mô vừa và nhỏ', 'Licence to drill for groundwater, small and medium scale'],
        ['Gia hạn, điều chỉnh nội dung giấy phép hành nghề khoan nước dưới đất', 'Extending or amending a groundwater drilling licence'],
        ['Lấy ý kiến Ủy ban nhân dân cấp tỉnh đối với các dự án đầu tư có chuyển nước từ nguồn nước nội tỉnh', 'Consulting the provincial people\'s committee on water transfer projects'],
        ['Thẩm định, phê duyệt phương án cắm mốc giới hành lang bảo vệ nguồn nước', 'Approving markers of water source protection corridors'],
      ],
    },
    KS: {
      field: 'Khoáng sản',
      entries: [
        ['Cấp giấy phép thăm dò khoáng sản', 'Mineral exploration licence'],
        ['Gia hạn giấy phép thăm dò khoáng sản', 'Extending a mineral exploration licence'],
        ['Cấp giấy phép khai thác khoáng sản', 'Mineral extraction licence'],
        ['Gia hạn giấy phép khai thác khoáng sản', 'Extending a mineral extraction licence'],
        ['Đóng cửa mỏ khoáng sản', 'Closing a mine'],
        ['Đăng ký khu vực, công suất, khối lượng, phương pháp, thiết bị và kế hoạch khai thác khoáng sản làm vật liệu xây dựng thông thường', 'Registering extraction of minerals for ordinary building materials'],
        ['Tính tiền cấp quyền khai thác khoáng sản', 'Calculating fees for mineral extraction rights'],
      ],
    },
    DDBD: {
      field: 'Đo đạc và bản đồ',
      entries: [
        ['Cấp chứng chỉ hành nghề đo đạc và bản đồ hạng II', 'Surveying and mapping practice certificate, class II'],
        ['Cấp giấy phép hoạt động đo đạc và bản đồ', 'Surveying and mapping operating licence'],
        ['Cung cấp thông tin, dữ liệu, sản phẩm đo đạc và bản đồ', 'Providing surveying and mapping data and products'],
        ['Bổ sung nội dung giấy phép hoạt động đo đạc và bản đồ', 'Adding to a surveying and mapping operating licence'],
      ],
    },
  },
  LDTBXH: {
    VL: {
      field: 'Việc làm',
      entries: [
        ['Giải quyết hưởng trợ cấp thất nghiệp', 'Granting unemployment benefits'],
        ['Tạm dừng hưởng trợ cấp thất nghiệp', 'Suspending unemployment benefits'],
        ['Chuyển nơi hưởng trợ cấp thất nghiệp', 'Moving where unemployment benefits are paid'],
        ['Hỗ trợ học nghề cho người đang hưởng trợ cấp thất nghiệp', 'Vocational training support for people on unemployment benefits'],
        ['Cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp', 'Employment service licence for an enterprise'],
        ['Đăng ký hợp đồng lao động trực tiếp giao kết cho người lao động đi làm việc ở nước ngoài', 'Registering contracts of workers going to work abroad'],
        ['Cấp giấy phép hoạt động cho thuê lại lao động', 'Labour outsourcing licence'],
      ],
    },
    NCC: {
      field: 'Người có công',
      entries: [
        ['Giải quyết chế độ trợ cấp thờ cúng liệt sĩ', 'Allowance for worshipping martyrs'],
        ['Cấp giấy xác nhận thân nhân của người có công', 'Certificate of being a relative of a person with merit'],
        ['Giải quyết chế độ ưu đãi đối với Bà mẹ Việt Nam anh hùng', 'Preferential regime for Vietnamese Heroic Mothers'],
        ['Giải quyết chế độ ưu đãi đối với thương binh, người hưởng chính sách như thương binh', 'Preferential regime for war invalids'],
        ['Giám định lại thương tật do vết thương cũ tái phát và điều chỉnh chế độ', 'Re-examining war injuries that recur and adjusting the regime'],
        ['Di chuyển hồ sơ khi người hưởng trợ cấp ưu đãi thay đổi nơi thường trú', 'Moving records when a beneficiary changes permanent residence'],
        ['Giải quyết chế độ người hoạt động kháng chiến bị nhiễm chất độc hóa học', 'Regime for resistance fighters exposed to toxic chemicals'],
        ['Cấp trích lục hoặc sao hồ sơ người có công với cách mạng', 'Extracts or copies of records of people with merit'],
        ['Hỗ trợ, di chuyển hài cốt liệt sĩ', 'Support for moving martyrs\' remains'],
        ['Giải quyết trợ cấp một lần đối với người có thành tích tham gia kháng chiến đã được tặng Bằng khen', 'One-off allowance for resistance participants awarded certificates of merit'],
      ],
    },
    BTXH: {
      field: 'Bảo trợ xã hội',
      entries: [
        ['Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở', 'Emergency social assistance for building or repairing a home'],
        ['Đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập', 'Registering a private social assistance facility'],
        ['Cấp giấy phép hoạt động đối với cơ sở trợ giúp xã hội', 'Operating licence for a social assistance facility'],
        ['Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội cấp tỉnh', 'Admitting people in especially difficult circumstances to a provincial social assistance facility'],
        ['Dừng trợ giúp xã hội tại cơ sở trợ giúp xã hội cấp tỉnh', 'Ending social assistance at a provincial facility'],
        ['Cấp giấy chứng nhận đăng ký hoạt động cai nghiện ma túy tự nguyện', 'Registering a voluntary drug rehabilitation service'],
        ['Áp dụng các biện pháp can thiệp khẩn cấp hoặc tạm thời cách ly trẻ em khỏi môi trường hoặc người gây tổn hại cho trẻ em', 'Emergency measures to separate a child from harm'],
        ['Đăng ký nhận chăm sóc thay thế cho trẻ em', 'Registering to provide alternative care for a child'],
      ],
    },
    GDNN: {
      field: 'Giáo dục nghề nghiệp',
      entries: [
        ['Thành lập trung tâm giáo dục nghề nghiệp công lập', 'Establishing a public vocational education centre'],
        ['Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp', 'Registering vocational education activities'],
        ['Đăng ký bổ sung hoạt động giáo dục nghề nghiệp', 'Registering additional vocational education activities'],
        ['Cho phép thành lập trường trung cấp tư thục', 'Permitting the establishment of a private intermediate school'],
        ['Chấm dứt hoạt động liên kết đào tạo với nước ngoài', 'Ending joint training with foreign partners'],
        ['Công nhận giám đốc trung tâm giáo dục nghề nghiệp tư thục', 'Recognising the director of a private vocational education centre'],
        ['Cấp bản sao văn bằng, chứng chỉ từ sổ gốc', 'Copies of diplomas and certificates from the master register'],
      ],
    },
    ATLD: {
      field: 'An toàn lao động',
      entries: [
        ['Khai báo với Sở Lao động – Thương binh và Xã hội địa phương khi đưa vào sử dụng các loại máy, thiết bị, vật tư có yêu cầu nghiêm ngặt về an toàn lao động', 'Declaring machines and equipment with strict occupational safety requirements put into use'],
        ['Gửi thang lương, bảng lương, định mức lao động của doanh nghiệp', 'Submitting an enterprise\'s pay scales and labour norms'],
        ['Đăng ký nội quy lao động của doanh nghiệp', 'Registering an enterprise\'s labour regulations'],
        ['Gia hạn giấy chứng nhận đủ điều kiện hoạt động huấn luyện an toàn, vệ sinh lao động hạng A', 'Extending a class A occupational safety training certificate'],
        ['Báo cáo tình hình tai nạn lao động', 'Reporting occupational accidents'],
        ['Đăng ký thỏa ước lao động tập thể', 'Registering a collective labour agreement'],
      ],
    },
    LDNN: {
      field: 'Lao động nước ngoài',
      entries: [
        ['Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', 'Issuing a work permit to a foreign worker in Viet Nam'],
        ['Cấp lại giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', 'Reissuing a work permit to a foreign worker in Viet Nam'],
        ['Gia hạn giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', 'Extending a work permit of a foreign worker in Viet Nam'],
        ['Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động', 'Confirming that a foreign worker needs no work permit'],
        ['Báo cáo giải trình nhu cầu, thay đổi nhu cầu sử dụng người lao động nước ngoài', 'Explaining the need, or a change of need, to employ foreign workers'],
        ['Thu hồi giấy phép lao động của người lao động nước ngoài', 'Revoking a foreign worker\'s work permit'],
      ],
    },
  },
};

/** The first code of each department's numbering, in the national format. */
const FIRST_CODE: Record<string, number> = { TP: 2_000_400, YT: 1_001_800, TNMT: 1_004_200, LDTBXH: 1_000_500 };

const code = (n: number) => `${Math.floor(n / 1_000_000)}.${String(n % 1_000_000).padStart(6, '0')}`;

/** The real procedures of the demo center. */
export function demoProcedures(): ProcedureConfig[] {
  return Object.entries(CATALOG).flatMap(([department, services]) => {
    let n = FIRST_CODE[department]!;
    return Object.entries(services).flatMap(([service, { field, entries }]) => entries.map(([vi, en]) => {
      n += 7;
      return { code: code(n), name: { vi, en }, field, department, service, kind: 'submit' as const };
    }));
  });
}

/** Qualifiers that real procedure names carry, to make a large catalog of distinct names. */
const VARIANTS: Entry[] = [
  ['(cấp lần đầu)', '(first issue)'], ['(cấp lại)', '(reissue)'], ['(điều chỉnh)', '(amendment)'], ['(gia hạn)', '(extension)'],
  ['trực tuyến', 'online'], ['cấp tỉnh', 'provincial level'], ['cấp huyện', 'district level'], ['cấp xã', 'commune level'],
  ['(trường hợp bị mất, hỏng)', '(lost or damaged)'], ['có yếu tố nước ngoài', 'with a foreign element'],
];

/** A catalog of `size` procedures for scale tests: the real ones, then variants of them with generated codes. */
export function scaleProcedures(size: number): ProcedureConfig[] {
  const real = demoProcedures();
  return Array.from({ length: size }, (_, i) => {
    if (i < real.length) return real[i]!;
    const base = real[i % real.length]!;
    const [vi, en] = VARIANTS[Math.floor(i / real.length) % VARIANTS.length]!;
    return { ...base, code: code(2_100_000 + i), name: { vi: `${base.name.vi} ${vi} – mẫu ${i}`, en: `${base.name.en} ${en} – sample ${i}` } };
  });
}
