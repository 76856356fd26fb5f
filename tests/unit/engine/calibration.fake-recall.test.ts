import { calibrate } from './calibration';

calibrate('fake-recall');
