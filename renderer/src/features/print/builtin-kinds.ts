import { BookingSlipJob } from './kinds/BookingSlipJob';
import { CalibrationJob } from './kinds/CalibrationJob';
import { DailySheetJob } from './kinds/DailySheetJob';
import { DocumentsJob } from './kinds/DocumentsJob';
import { VolunteerCardJob } from './kinds/VolunteerCardJob';
import { ActivityRecordJob } from '../activities/print/ActivityRecordJob';
import { ActivitySignSheetJob } from '../activities/print/ActivitySignSheetJob';
import { RecoverySheetJob } from '../backup/recovery-sheet/RecoverySheetJob';
import { registerPrintKind } from './registry';

registerPrintKind('documents', { title: '证书与感谢信', component: DocumentsJob });
registerPrintKind('booking-slip', { title: '场地使用确认单', component: BookingSlipJob });
registerPrintKind('daily-sheet', { title: '每日场地安排表', component: DailySheetJob });
registerPrintKind('calibration', { title: '套打校准页', component: CalibrationJob });
registerPrintKind('volunteer-card', { title: '志愿者证', component: VolunteerCardJob });
registerPrintKind('recovery-sheet', { title: '备份恢复密钥单', component: RecoverySheetJob });
registerPrintKind('activity-sign-sheet', { title: '活动签到表', component: ActivitySignSheetJob });
registerPrintKind('activity-record', { title: '活动记录表', component: ActivityRecordJob });
