import { Route, Routes } from 'react-router-dom';
import { EditPage } from './EditPage';
import { ProfilePage } from './ProfilePage';
import { RegisterPage } from './RegisterPage';
import { RosterPage } from './RosterPage';
import { SignInPage } from './SignInPage';

/** 志愿者: roster and search, registration, sign-in/out, profiles. Mounted at /volunteers/*. */
export function VolunteersScreen() {
  return (
    <Routes>
      <Route index element={<RosterPage />} />
      <Route path="new" element={<RegisterPage />} />
      <Route path="sign-in" element={<SignInPage />} />
      <Route path=":id" element={<ProfilePage />} />
      <Route path=":id/edit" element={<EditPage />} />
    </Routes>
  );
}
