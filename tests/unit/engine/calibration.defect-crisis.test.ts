import { calibrate } from './calibration';

calibrate('defect-crisis');
