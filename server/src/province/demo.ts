// The demo province: three sites (the provincial center of today's demo, a second provincial site,
// a commune center) with their keys, and the province supervisor. For demos and tests only.
import type { HubSite } from './app.ts';

export const DEMO_SITES: HubSite[] = [
  { code: 'TG-TINH-1', name: 'Trung tâm Phục vụ hành chính công tỉnh – cơ sở Mỹ Tho', key: 'TG-TINH-1.demo-site-key-mytho' },
  { code: 'TG-TINH-2', name: 'Trung tâm Phục vụ hành chính công tỉnh – cơ sở 2', key: 'TG-TINH-2.demo-site-key-coso2' },
  { code: 'TG-XA-MYPHONG', name: 'Trung tâm Phục vụ hành chính công xã Mỹ Phong', key: 'TG-XA-MYPHONG.demo-site-key-myphong' },
];

export const DEMO_SUPERVISOR = { username: 'supervisor', password: 'demo' };
